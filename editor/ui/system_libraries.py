"""Before the window opens on X11: are the system libraries Qt's xcb plugin needs installed?

When one is missing, Qt prints a paragraph that names a library that is often already there
("xcb-cursor0 or libxcb-cursor0 is needed") and aborts. This check names what is really missing and the
Debian packages that provide it, in one line, before a QApplication exists. It imports no Qt: it asks the
dynamic loader for each library (``dlopen`` by soname, which Qt does right after anyway, so the libraries
are then already mapped), about 1 ms in all.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping

# What libqxcb.so and libQt6XcbQpa.so.6 (Qt 6.5 and later) link against beyond Qt and the C/C++ runtime,
# with the Debian 12 package of each (`ldd` of the plugin). The packages a desktop needs are these.
XCB_PLUGIN_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def qt_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM's first entry, else Wayland in a Wayland
    session, else xcb."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(
    libraries: Iterable[str] = XCB_PLUGIN_LIBRARIES, loads: Callable[[str], bool] = _loads
) -> list[str]:
    """The sonames among ``libraries`` the dynamic loader cannot load."""
    return [soname for soname in libraries if not loads(soname)]


def missing_message(missing: Iterable[str], packages: Mapping[str, str] = XCB_PLUGIN_LIBRARIES) -> str:
    """One line naming the missing libraries and the apt command that installs them."""
    missing = list(missing)
    debian = sorted({packages.get(soname, soname) for soname in missing})
    return (
        f"copydesk: the window cannot open: missing system libraries {', '.join(missing)} "
        f"(on Debian/Ubuntu: sudo apt-get install {' '.join(debian)})"
    )


def check_desktop_libraries(environ: Mapping[str, str] | None = None) -> str | None:
    """The one-line problem when the window would fail for want of system libraries, else None."""
    if not sys.platform.startswith("linux"):
        return None
    if qt_platform(os.environ if environ is None else environ) != "xcb":
        return None
    missing = missing_libraries()
    return missing_message(missing) if missing else None
