"""Small local HTTP servers for faults the real WordPress cannot produce by itself."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout tests) is expected, not news


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler], *, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Run ``handler`` on a free 127.0.0.1 port (HTTPS with ``tls``); yields the base URL."""
    server = _QuietServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class PlainPage(BaseHTTPRequestHandler):
    """A web server that is not WordPress: the same small HTML page for every path."""

    def do_GET(self) -> None:
        body = b"<!doctype html><title>Bakery</title><p>Fresh bread daily.</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


Fault = Callable[[str, str], tuple[int, dict[str, str], bytes] | None]


def proxy(
    upstream: str, *, strip_auth: bool = False, fault: Fault | None = None
) -> type[BaseHTTPRequestHandler]:
    """A reverse proxy in front of the real WordPress.

    ``strip_auth`` drops the Authorization header, as a misconfigured Apache + CGI host does (XML-RPC
    bodies pass unchanged). ``fault(method, path)`` may answer instead of WordPress: (status, headers,
    body), or None to forward.
    """

    class Proxy(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            answer = fault(self.command, self.path) if fault else None
            if answer is None:
                dropped = ("host", "authorization") if strip_auth else ("host",)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in dropped}
                upstream_answer = httpx.request(
                    self.command,
                    upstream + self.path,
                    headers=headers,
                    content=body,
                    timeout=30,
                    trust_env=False,
                )
                skip = ("content-length", "transfer-encoding", "connection", "content-encoding")
                answer = (
                    upstream_answer.status_code,
                    {k: v for k, v in upstream_answer.headers.items() if k.lower() not in skip},
                    upstream_answer.content,
                )
            status, headers, content = answer
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = _forward

        def log_message(self, *args: object) -> None:
            pass

    return Proxy
