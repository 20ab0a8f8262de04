"""A real WordPress on 127.0.0.1 for tests: MariaDB in a private datadir + ``php -S``.

Follows the verified recipe of docs/WORDPRESS.md. ``provision.sh`` installs the Debian packages and unpacks
the WordPress tree into a cache folder; :class:`WordPressServer` copies that tree into a temp folder,
starts its own MariaDB (socket only, no TCP), installs WordPress with a PHP script (there is no wp-cli on
Debian), creates an admin and an author with application passwords and serves it with PHP's built-in
server on a free 127.0.0.1 port. Every process is started in its own session and stopped by process group,
so nothing outlives the test run.

The mu-plugin it installs disables mail (there is no sendmail) and, unless switched off with
:meth:`WordPressServer.set_meta_registered`, registers the ``copydesk_id`` post meta with ``show_in_rest``
(what a site with the Copydesk companion plugin would do).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.wordpress.php_sources import EVAL_PHP, INSTALL_PHP, MU_PLUGIN_PHP, ROUTER_PHP, config_php

DEFAULT_CACHE = Path(os.environ.get("COPYDESK_WP_CACHE", "/var/cache/copydesk-wp"))
# Where the Debian package puts the tree inside the cache, and where it expects to live.
PACKAGE_ROOT = Path("/usr/share/wordpress")
MARIADB_INSTALL = "mariadb-install-db"
MARIADBD = shutil.which("mariadbd") or "/usr/sbin/mariadbd"

SITE_TITLE = "Copydesk Test Site"

# Start-up waits are generous (a machine three times slower than usual, other runs sharing the cores):
# they bound how long a broken start-up takes to report, never the behaviour a test checks.
STARTUP_TIMEOUT_S = 180.0
COMMAND_TIMEOUT_S = 360.0  # mariadb-install-db, the WordPress install script
SQL_TIMEOUT_S = 120.0
PHP_SCRIPT_TIMEOUT_S = 180.0
LOG_TAIL_LINES = 20
START_ATTEMPTS = 2


class WordPressError(RuntimeError):
    """The test WordPress could not be provisioned, started or driven."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_provisioned(cache: Path = DEFAULT_CACHE) -> str | None:
    """None when everything needed is present, else what is missing (the reason to skip)."""
    tree = cache / PACKAGE_ROOT.relative_to("/")
    if not (tree / "wp-includes" / "version.php").is_file():
        return f"WordPress is not unpacked in {cache} (run: sudo sh tests/wordpress/provision.sh)"
    for program in ("php", MARIADB_INSTALL, MARIADBD, "mariadb"):
        if shutil.which(program) is None:
            return f"{program} is not installed (run: sudo sh tests/wordpress/provision.sh)"
    return None


@dataclass
class _Process:
    name: str
    popen: subprocess.Popen[bytes]

    def stop(self, timeout: float = 10.0, *, graceful: bool = True) -> None:
        """Stop the whole process group (php -S workers outlive a killed parent)."""
        if self.popen.poll() is not None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL) if graceful else (signal.SIGKILL,):
            try:
                os.killpg(self.popen.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.popen.wait(timeout=timeout)
                return
            except subprocess.TimeoutExpired:
                continue


class WordPressServer:
    """One disposable WordPress. ``start()`` / ``stop()``, or use it as a context manager."""

    def __init__(self, *, cache: Path = DEFAULT_CACHE, php_workers: int = 2) -> None:
        self.cache = cache
        self.php_workers = php_workers
        self.root: Path | None = None
        self.port = 0
        self.username = "copydesk"
        self.author_username = "reporter"
        self.login_password = secrets.token_urlsafe(16)
        self.app_password = ""
        self.author_app_password = ""
        self.timings: dict[str, float] = {}
        self._db: _Process | None = None
        self._php: _Process | None = None

    # --- public surface ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def wp_dir(self) -> Path:
        assert self.root is not None, "WordPress is not started"
        return self.root / "wp"

    def rest(self, *, author: bool = False, timeout: float = 90.0) -> httpx.Client:
        """An authenticated httpx client whose paths are REST routes (``/wp/v2/posts``)."""
        user, password = (
            (self.author_username, self.author_app_password) if author else (self.username, self.app_password)
        )
        return httpx.Client(
            base_url=f"{self.base_url}/wp-json", auth=(user, password), timeout=timeout, trust_env=False
        )

    def get_post(self, post_id: int) -> dict:
        """A post as the REST API gives it in edit context (raw and rendered fields), any status."""
        with self.rest() as client:
            response = client.get(f"/wp/v2/posts/{post_id}", params={"context": "edit"})
            response.raise_for_status()
            return response.json()

    def list_posts(self, **params: str) -> list[dict]:
        """Posts of every status but trash (edit context), newest first, up to 100."""
        query = {"status": "any", "context": "edit", "per_page": "100", **params}
        with self.rest() as client:
            response = client.get("/wp/v2/posts", params=query)
            response.raise_for_status()
            return response.json()

    def run_php(self, code: str) -> str:
        """Run PHP code (no ``<?php``) inside the loaded WordPress; returns what it printed."""
        completed = subprocess.run(
            ["php", str(self.wp_dir / "copydesk-eval.php")],
            input=code.encode(),
            capture_output=True,
            cwd=self.wp_dir,
            env=self._php_env(),
            timeout=PHP_SCRIPT_TIMEOUT_S,
            check=False,
        )
        if completed.returncode != 0:
            raise WordPressError(f"PHP failed: {completed.stderr.decode(errors='replace')[-2000:]}")
        return completed.stdout.decode()

    def set_meta_registered(self, registered: bool) -> None:
        """Switch the ``copydesk_id`` post meta registration (a site with / without the plugin)."""
        value = "1" if registered else "0"
        self.run_php(f"update_option('copydesk_test_register_meta', '{value}');")

    def set_search_titles_only(self, titles_only: bool) -> None:
        """Make ``?search=`` look at titles only, like search plugins whose index skips the content."""
        value = "1" if titles_only else "0"
        self.run_php(f"update_option('copydesk_test_search_titles_only', '{value}');")

    def set_pretty_permalinks(self, pretty: bool) -> None:
        """Plain permalinks make ``/wp-json/`` unusable: only ``?rest_route=`` works then."""
        structure = "/%postname%/" if pretty else ""
        self.run_php(
            f"global $wp_rewrite; $wp_rewrite->set_permalink_structure('{structure}');"
            " update_option('rewrite_rules', '');"
        )

    def stop_php(self) -> None:
        """Take the web server down (the site is 'down'); the database and files stay."""
        if self._php is not None:
            self._php.stop()
            self._php = None

    def start_php(self) -> None:
        """Bring the web server back on the same port."""
        if self._php is not None and self._php.popen.poll() is None:
            return
        self._php = self._spawn(
            "php",
            [
                "php",
                "-d",
                "upload_max_filesize=256M",
                "-d",
                "post_max_size=256M",
                "-d",
                "memory_limit=512M",
                "-d",
                "opcache.revalidate_freq=0",
                "-S",
                f"127.0.0.1:{self.port}",
                "-t",
                str(self.wp_dir),
                str(self.root / "router.php"),
            ],
            env={**self._php_env(), "PHP_CLI_SERVER_WORKERS": str(self.php_workers)},
        )
        self._wait_until(self._php_ready, STARTUP_TIMEOUT_S, "php -S did not answer")

    def start(self) -> WordPressServer:
        """Start the site; a failed start-up is retried from scratch (a fresh folder, port and database:
        nothing of a failed attempt is reused), since a loaded machine or a port taken between choosing it
        and binding it can fail one attempt. The error names each attempt's failing step and log tail."""
        missing = is_provisioned(self.cache)
        if missing:
            raise WordPressError(missing)
        failures: list[str] = []
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                return self._start_once()
            except WordPressError as exc:
                failures.append(f"attempt {attempt}: {exc}")
        raise WordPressError("the test WordPress did not start. " + " || ".join(failures))

    def _start_once(self) -> WordPressServer:
        began = time.perf_counter()
        # Short path: the MariaDB socket path must stay under ~100 characters.
        self.root = Path(tempfile.mkdtemp(prefix="cdwp-", dir="/tmp"))
        self.port = free_port()
        step = "MariaDB"
        try:
            self._start_database()
            self.timings["database"] = time.perf_counter() - began
            mark = time.perf_counter()
            step = "copying the WordPress tree"
            self._install_tree()
            self.timings["copy"] = time.perf_counter() - mark
            mark = time.perf_counter()
            step = "installing WordPress"
            self._install_wordpress()
            self.timings["install"] = time.perf_counter() - mark
            mark = time.perf_counter()
            step = "php -S"
            self.start_php()
            self.timings["php"] = time.perf_counter() - mark
        except subprocess.TimeoutExpired as exc:
            self.stop()
            raise WordPressError(f"{step}: {exc}") from exc
        except WordPressError as exc:
            self.stop()
            raise WordPressError(f"{step}: {exc}") from exc
        except BaseException:
            self.stop()
            raise
        self.timings["total"] = time.perf_counter() - began
        return self

    def stop(self) -> None:
        keep = os.environ.get("COPYDESK_WP_KEEP") == "1"
        self.stop_php()
        if self._db is not None:
            # The database is thrown away with the folder: no need to wait for a clean InnoDB shutdown.
            self._db.stop(timeout=20, graceful=keep)
            self._db = None
        if self.root is not None and not keep:
            shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> WordPressServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- database ---------------------------------------------------------------------------------

    @property
    def _socket(self) -> Path:
        assert self.root is not None
        return self.root / "db.sock"

    def _start_database(self) -> None:
        assert self.root is not None
        datadir = self.root / "db"
        user = _os_user()
        self._run(
            [
                MARIADB_INSTALL,
                "--no-defaults",
                f"--datadir={datadir}",
                "--skip-test-db",
                "--force",
                "--auth-root-authentication-method=socket",
                f"--auth-root-socket-user={user}",
            ],
            "mariadb-install-db",
        )
        command = [
            MARIADBD,
            "--no-defaults",
            f"--datadir={datadir}",
            f"--socket={self._socket}",
            f"--pid-file={self.root / 'db.pid'}",
            f"--log-error={self.root / 'db.err'}",
            "--skip-networking",
            "--innodb-log-file-size=16M",
            "--innodb-buffer-pool-size=64M",
            "--skip-log-bin",
        ]
        if os.getuid() == 0:
            command.append("--user=root")  # --user=mysql cannot write a root-owned temp folder
        self._db = self._spawn("mariadbd", command)
        # `mariadb-admin ping` says yes even when access is denied: wait for a real query instead.
        self._wait_until(
            lambda: self._sql("SELECT 1", check=False), STARTUP_TIMEOUT_S, "MariaDB did not start"
        )
        self._db_password = secrets.token_urlsafe(16)
        self._sql(
            "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            f" CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '{self._db_password}';"
            " GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"
        )

    def _sql(self, statement: str, *, check: bool = True) -> bool:
        try:
            completed = subprocess.run(
                ["mariadb", "--no-defaults", f"--socket={self._socket}", "-u", _os_user(), "-e", statement],
                capture_output=True,
                timeout=SQL_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            if check:
                raise WordPressError(
                    f"SQL did not finish within {SQL_TIMEOUT_S:.0f} s: {statement[:80]}"
                ) from None
            return False
        if check and completed.returncode != 0:
            raise WordPressError(f"SQL failed: {completed.stderr.decode(errors='replace')}")
        return completed.returncode == 0

    # --- WordPress --------------------------------------------------------------------------------

    def _install_tree(self) -> None:
        source = self.cache / PACKAGE_ROOT.relative_to("/")
        # Core files are never written by WordPress: hard links make the "copy" nearly free. wp-content
        # (uploads, plugins) is really copied, so nothing a test does can reach the cache.
        shutil.copytree(
            source,
            self.wp_dir,
            symlinks=True,
            ignore=shutil.ignore_patterns("wp-config.php", "wp-content"),
            copy_function=_link_or_copy,
        )
        shutil.copytree(source / "wp-content", self.wp_dir / "wp-content", symlinks=True)
        # The package's relative symlinks point into php-getid3 / libjs-* under /usr/share; a copy breaks
        # them (media uploads then fail with 500), so re-point them at the installed files.
        for link in [p for p in self.wp_dir.rglob("*") if p.is_symlink()]:
            target = os.readlink(link)
            if target.startswith("/etc/wordpress"):
                link.unlink()  # Debian's .htaccess: meaningless to php -S
                continue
            original = PACKAGE_ROOT / link.parent.relative_to(self.wp_dir) / target
            link.unlink()
            link.symlink_to(os.path.normpath(original))
        (self.wp_dir / "wp-config.php").write_text(
            config_php(db_password=self._db_password, db_socket=str(self._socket), base_url=self.base_url)
        )
        mu_plugins = self.wp_dir / "wp-content" / "mu-plugins"
        mu_plugins.mkdir(parents=True, exist_ok=True)
        (mu_plugins / "copydesk-test-site.php").write_text(MU_PLUGIN_PHP)
        (self.wp_dir / "wp-content" / "uploads").mkdir(exist_ok=True)
        (self.wp_dir / "copydesk-install.php").write_text(INSTALL_PHP)
        (self.wp_dir / "copydesk-eval.php").write_text(EVAL_PHP)
        (self.root / "router.php").write_text(ROUTER_PHP)

    def _php_env(self) -> dict[str, str]:
        return {
            **os.environ,
            "WP_TEST_HOST": f"127.0.0.1:{self.port}",
            "WP_TEST_TITLE": SITE_TITLE,
            "WP_TEST_USER": self.username,
            "WP_TEST_AUTHOR": self.author_username,
            "WP_TEST_PASSWORD": self.login_password,
        }

    def _install_wordpress(self) -> None:
        output = self._run(["php", str(self.wp_dir / "copydesk-install.php")], "WordPress install")
        try:
            passwords = json.loads(output.strip().splitlines()[-1])
        except (ValueError, IndexError) as exc:
            raise WordPressError(f"WordPress install printed no passwords: {output[-2000:]!r}") from exc
        self.app_password = passwords["admin"]
        self.author_app_password = passwords["author"]

    def _php_ready(self) -> bool:
        try:
            response = httpx.get(f"{self.base_url}/wp-json/", timeout=30, trust_env=False)
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    # --- processes --------------------------------------------------------------------------------

    def _spawn(self, name: str, command: list[str], env: dict[str, str] | None = None) -> _Process:
        assert self.root is not None
        log = (self.root / f"{name}.log").open("ab")
        popen = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.root,
            env=env,
            start_new_session=True,  # its own process group, stopped as a whole
        )
        log.close()
        return _Process(name, popen)

    def _run(self, command: list[str], what: str) -> str:
        completed = subprocess.run(
            command,
            capture_output=True,
            cwd=self.wp_dir if self.wp_dir.exists() else self.root,
            env=self._php_env(),
            timeout=COMMAND_TIMEOUT_S,
            check=False,
        )
        if completed.returncode != 0:
            detail = (completed.stderr or completed.stdout).decode(errors="replace")[-2000:]
            raise WordPressError(f"{what} failed (exit {completed.returncode}): {detail}")
        return completed.stdout.decode(errors="replace")

    def _wait_until(self, ready, timeout: float, message: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in (self._db, self._php):
                if process is not None and process.popen.poll() is not None:
                    raise WordPressError(f"{message}: {process.name} exited ({self._log_tail(process.name)})")
            if ready():
                return
            time.sleep(0.05)
        tails = "; ".join(
            f"{process.name}: {self._log_tail(process.name)}" for process in (self._db, self._php) if process
        )
        raise WordPressError(f"{message} within {timeout:.0f} s ({tails})")

    def _log_tail(self, name: str) -> str:
        """The last lines a process wrote (MariaDB writes to its error log, php -S to its output)."""
        assert self.root is not None
        logs = [self.root / f"{name}.log"] + ([self.root / "db.err"] if name == "mariadbd" else [])
        lines: list[str] = []
        for candidate in logs:
            if candidate.exists():
                lines += candidate.read_text(errors="replace").splitlines()[-LOG_TAIL_LINES:]
        return " | ".join(line for line in lines if line.strip())[-3000:] or "its log is empty"


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, destination)


def _os_user() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


if __name__ == "__main__":  # manual use: python -m tests.wordpress.server
    with WordPressServer() as server:
        print(json.dumps({"url": server.base_url, "timings": server.timings}, indent=2))
        print(f"user {server.username}, application password {server.app_password}")
        input("WordPress is running; press Enter to stop. ")
