"""One window per library: a second ``copydesk [FILE...]`` on the same data folder hands its files to the
window already open there and exits, instead of opening a second window that overwrites the first's text.

The first instance holds a ``QLockFile`` in the data folder (a lock left by a crashed process is stale as
soon as its PID is gone, so it never blocks a start) and, once its window is up, listens on a
``QLocalServer`` whose name derives from the data folder. A later launch that cannot take the lock
connects to that server, sends the absolute paths of its files as one JSON line, waits for the answer
and exits 0; the window imports and opens the files and raises itself. Taking the lock is one file
create, so nothing slows the first paint; QtNetwork is imported only after it (or by the second launch).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

log = logging.getLogger(__name__)

LOCK_NAME = "copydesk.lock"
# The running window may still be starting (it listens once its library is open): keep trying that long.
HAND_OVER_TIMEOUT_S = 60.0
RETRY_INTERVAL_S = 0.1
ANSWER = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The local socket's name for this library: short (Unix socket paths are limited to ~107 bytes, and
    Qt puts the name under the temp folder) and per user, since the socket lives in a shared folder."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{data_dir.resolve()}"
    import hashlib  # needed once startup is done (listening) or by a second launch

    return "copydesk-" + hashlib.sha256(key.encode()).hexdigest()[:24]


class LibraryLock:
    """The lock that makes this process the library's window; held until :meth:`release` (or exit)."""

    def __init__(self, data_dir: Path) -> None:
        # When the folder cannot be made, the lock cannot be taken either: acquire() then lets the store
        # report the real problem.
        with contextlib.suppress(OSError):
            data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # never stale by age (the window runs for days), only by dead PID

    def acquire(self) -> bool:
        """True when this process now holds the lock, or when locking is impossible (a read-only folder:
        then the store reports the real problem); False when another live process holds it."""
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._lock.unlock()


def hand_over(
    lock: LibraryLock, files: Sequence[Path], timeout_s: float = HAND_OVER_TIMEOUT_S
) -> bool | None:
    """Give ``files`` to the window that holds ``lock``'s library and ask it to come forward.

    True once that window confirmed; None when the lock became free meanwhile (that window closed: this
    process holds the lock now and opens its own window); False when the holder never answered.
    """
    import json

    from PySide6.QtNetwork import QLocalSocket

    message = json.dumps({"files": [str(path) for path in files]}).encode() + b"\n"
    name = server_name(lock.data_dir)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(1000):
            socket.write(message)
            socket.waitForBytesWritten(5000)
            answer = b""
            while ANSWER not in answer and socket.waitForReadyRead(int(timeout_s * 1000)):
                answer += bytes(socket.readAll().data())
            socket.disconnectFromServer()
            if ANSWER in answer:
                return True
        if lock.acquire():
            return None
        time.sleep(RETRY_INTERVAL_S)
    return False


class InstanceServer(QObject):
    """Listens for later launches on the same library and passes their files to ``on_request``."""

    def __init__(self, data_dir: Path, on_request: Callable[[list[Path]], None], parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._on_request = on_request
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crashed holder of the lock we now hold
        if not self._server.listen(name):
            log.warning("cannot listen for other launches on %s: %s", name, self._server.errorString())

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:
                import json  # not on the way to the window: the server listens once startup is done

                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer:
                    return
                socket.readyRead.disconnect()
                try:
                    request = json.loads(buffer.split(b"\n", 1)[0])
                    files = [Path(path) for path in request.get("files", [])]
                except (ValueError, AttributeError, TypeError):
                    log.warning("ignored a malformed request from another launch")
                    socket.disconnectFromServer()
                    return
                socket.write(ANSWER)
                socket.flush()
                socket.disconnected.connect(socket.deleteLater)
                self._on_request(files)

            socket.readyRead.connect(read)
            read()
