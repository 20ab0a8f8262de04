"""A real Ghost 5 on 127.0.0.1 for tests, started by ``tests/ghost/start-ghost.sh`` (the GHOST.md recipe).

The script installs Ghost once per machine into a cache (``/var/cache/ghost-5.130.6`` as root, else
``~/.cache/copydesk-ghost-5.130.6``; ``COPYDESK_GHOST_CACHE`` overrides; about 3.5 minutes cold), then
boots an instance in a temp folder on a free port with a SQLite database, an owner, and an integration
whose Admin API key the tests use. A preloaded guard refuses every connection and DNS lookup that is not
loopback (Ghost sends webmentions on publish) and logs each attempt to ``log/egress.log``.

:meth:`GhostServer.stop_node` / :meth:`start_node` take the running Ghost down and bring the same site
(same database, same key) back, for the outage scenarios.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
import jwt

SCRIPT = Path(__file__).with_name("start-ghost.sh")
GHOST_VERSION = "5.130.6"
BOOT_SECONDS = 120


class GhostError(Exception):
    """The test Ghost could not be installed or started (one line: which step, what it said)."""


def default_cache() -> Path:
    configured = os.environ.get("COPYDESK_GHOST_CACHE")
    if configured:
        return Path(configured)
    if os.geteuid() == 0:
        return Path(f"/var/cache/ghost-{GHOST_VERSION}")
    return Path.home() / ".cache" / f"copydesk-ghost-{GHOST_VERSION}"


def missing_tools() -> str:
    """Why Ghost cannot run here ("" when it can)."""
    for tool in ("node", "npm", "curl", "flock"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GhostServer:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="copydesk-ghost-"))
        self.dir = self.folder / "site"
        self.port = 0
        self.env: dict[str, str] = {}
        self.timings = ""

    @property
    def base_url(self) -> str:
        return self.env["GHOST_URL"]

    @property
    def admin_key(self) -> str:
        return self.env["GHOST_ADMIN_KEY"]

    def start(self) -> None:
        self.port = _free_port()
        environment = {**os.environ, "GHOST_CACHE": str(default_cache()), "GHOST_LOG_LEVEL": "warn"}
        done = subprocess.run(
            ["bash", str(SCRIPT), str(self.dir), str(self.port)],
            capture_output=True,
            text=True,
            env=environment,
            timeout=1800,
            check=False,
        )
        if done.returncode != 0:
            tail = " | ".join(done.stderr.strip().splitlines()[-5:])
            raise GhostError(f"start-ghost.sh failed ({done.returncode}): {tail}")
        for line in done.stdout.splitlines():
            name, _, value = line.partition("=")
            if name.startswith("GHOST_"):
                self.env[name] = value.strip('"')
        self.timings = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""

    def stop(self) -> None:
        if self.dir.exists():
            subprocess.run(["bash", str(SCRIPT), "--stop", str(self.dir)], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- outages ------------------------------------------------------------------------------------

    def _pid(self) -> int | None:
        path = self.dir / "run" / "ghost.pid"
        return int(path.read_text()) if path.exists() else None

    def is_running(self) -> bool:
        pid = self._pid()
        return pid is not None and Path(f"/proc/{pid}").exists()

    def stop_node(self) -> None:
        """Take Ghost down (SIGTERM to its process group, as the script stops it); the site stays."""
        pid = self._pid()
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.is_running():
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.05)
        (self.dir / "run" / "ghost.pid").unlink(missing_ok=True)

    def start_node(self) -> None:
        """Boot the same site again (same database, same key), with the egress guard."""
        if self.is_running():
            return
        log = (self.dir / "log" / "ghost.log").open("ab")
        process = subprocess.Popen(
            ["node", "-r", str(self.dir / "run" / "egress-guard.js"), str(self.dir / "current" / "index.js")],
            cwd=self.dir,
            env={
                **os.environ,
                "NODE_ENV": "development",
                "GHOST_EGRESS_GUARD": "block",
                "GHOST_EGRESS_LOG": str(self.dir / "log" / "egress.log"),
            },
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        (self.dir / "run" / "ghost.pid").write_text(str(process.pid))
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base_url}/ghost/api/admin/site/", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                raise GhostError(f"Ghost exited while booting again ({process.returncode})")
            time.sleep(0.1)
        raise GhostError("Ghost did not answer after booting again")

    # --- reading the site back, as the tests check it -----------------------------------------------

    def admin(self) -> httpx.Client:
        """An Admin API client of its own (not Copydesk's), to check what arrived."""
        key_id, secret = self.admin_key.split(":")

        def sign(request: httpx.Request) -> httpx.Request:
            now = int(time.time())
            token = jwt.encode(
                {"iat": now, "exp": now + 300, "aud": "/admin/"},
                bytes.fromhex(secret),
                algorithm="HS256",
                headers={"kid": key_id},
            )
            request.headers["Authorization"] = f"Ghost {token}"
            return request

        return httpx.Client(
            base_url=f"{self.base_url}/ghost/api/admin",
            headers={"Accept-Version": "v5.0"},
            auth=sign,
            timeout=30,
            trust_env=False,
        )

    def get_post(self, post_id: str) -> dict:
        with self.admin() as api:
            response = api.get(f"/posts/{post_id}/", params={"formats": "html,lexical", "include": "tags"})
            response.raise_for_status()
            return response.json()["posts"][0]

    def posts_marked(self, article_id: str) -> list[dict]:
        """Every post (any status) carrying the article's marker tag."""
        with self.admin() as api:
            response = api.get(
                "/posts/",
                params={"filter": f"tag:hash-copydesk-{article_id}", "limit": "all", "include": "tags"},
            )
            response.raise_for_status()
            return response.json()["posts"]

    def edit_post(self, post_id: str, **fields: object) -> dict:
        """An edit made in Ghost by someone else (its own updated_at, so it is a fresh version)."""
        with self.admin() as api:
            current = api.get(f"/posts/{post_id}/").json()["posts"][0]
            response = api.put(
                f"/posts/{post_id}/",
                params={"source": "html"} if "html" in fields else None,
                json={"posts": [{**fields, "updated_at": current["updated_at"]}]},
            )
            response.raise_for_status()
            return response.json()["posts"][0]

    def egress_attempts(self) -> str:
        path = self.dir / "log" / "egress.log"
        return path.read_text() if path.exists() else ""
