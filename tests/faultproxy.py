"""A TCP proxy on 127.0.0.1 in front of the real WordPress that injects network faults.

The only fake in the publishing tests, and it fakes nothing about WordPress: it sits between the client and
the real server and produces the failures a real server can't be asked for on demand: refused connections,
a stalled answer, a connection cut after the server has acted (the answer is lost), and 500 / 502 / 429
answers of its own; and hostile servers: an answer dripped a byte at a time, an endless answer, a redirect
to another origin, an error that echoes the request's credentials back.

It understands just enough HTTP/1.1 to find where a request ends (Content-Length or chunked) so a fault can
be aimed at one request (``FaultRule(mode, method="POST", path_contains="/wp/v2/posts")``). Each request is
forwarded on a fresh upstream connection and answered with ``Connection: close``, which keeps the bookkeeping
simple and costs nothing that matters on loopback.

    proxy = FaultProxy("127.0.0.1", wordpress.port).start()
    proxy.add_rule(FaultRule(Fault.CUT_AFTER_FORWARD, method="POST", path_contains="/posts", times=1))
    ... client against proxy.base_url ...
    proxy.stop()
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import threading
from dataclasses import dataclass, field
from enum import StrEnum


class Fault(StrEnum):
    STALL = "stall"  # read the request, never forward it, never answer (the client times out)
    STALL_AFTER_FORWARD = "stall-after-forward"  # the server acts; the answer is held back until timeout
    CUT_AFTER_FORWARD = "cut-after-forward"  # the server acts; the connection is closed, answer lost
    RESET_BEFORE_FORWARD = "reset-before-forward"  # the connection is closed before the server sees it
    RESPOND_500 = "500"
    RESPOND_502 = "502"
    RESPOND_429 = "429"  # with Retry-After (seconds, FaultRule.retry_after)
    DRIP = "drip"  # the server acts; its answer is sent one byte every FaultRule.drip_seconds
    OVERSIZE = "oversize"  # a 200 JSON answer of FaultRule.size bytes, streamed, no Content-Length
    REDIRECT = "redirect"  # 302 to FaultRule.location (another origin, say)
    ECHO_CREDENTIALS = "echo-credentials"  # a WordPress error object quoting the Authorization header
    RESPOND_500_WP_ERROR = "500-wp-error"  # WordPress's own refusal: {"code", "message", "data": {status}}


@dataclass
class FaultRule:
    """Apply ``mode`` to the next ``times`` requests matching method and path (None: any)."""

    mode: Fault
    method: str | None = None
    path_contains: str | None = None
    times: int = 1
    retry_after: int = 1
    drip_seconds: float = 2.0
    size: int = 1024**3
    location: str = ""
    status: int = 500

    def matches(self, method: str, path: str) -> bool:
        return (
            self.times > 0
            and (self.method is None or self.method.upper() == method.upper())
            and (self.path_contains is None or self.path_contains in path)
        )


@dataclass
class SeenRequest:
    method: str
    path: str
    fault: Fault | None
    authorized: bool = False  # the request carried an Authorization header


_CANNED = {
    Fault.RESPOND_500: (500, "Internal Server Error"),
    Fault.RESPOND_502: (502, "Bad Gateway"),
    Fault.RESPOND_429: (429, "Too Many Requests"),
}

_MAX_HEAD = 256 * 1024


class _ConnectionClosed(Exception):
    pass


@dataclass
class FaultProxy:
    upstream_host: str
    upstream_port: int
    stall_seconds: float = 30.0
    rules: list[FaultRule] = field(default_factory=list)
    seen: list[SeenRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.port = 0
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._refusing = False
        self._stopped = threading.Event()
        self._release_stalls = threading.Event()
        self._threads: list[threading.Thread] = []

    # --- control ----------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._listen()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._release_stalls.set()
        self._close_listener()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_rule(self, rule: FaultRule) -> None:
        with self._lock:
            self.rules.append(rule)

    def clear(self) -> None:
        """Forget every rule, let stalled connections go, and accept connections again."""
        with self._lock:
            self.rules.clear()
        self._release_stalls.set()
        self._release_stalls = threading.Event()
        self.refuse_connections(False)

    def refuse_connections(self, refuse: bool) -> None:
        """Close the listening socket (connect() is refused) or open it again on the same port."""
        with self._lock:
            if refuse == self._refusing:
                return
            self._refusing = refuse
        if refuse:
            self._close_listener()
        else:
            self._listen()

    def requests(self, method: str | None = None, path_contains: str | None = None) -> list[SeenRequest]:
        with self._lock:
            return [
                r
                for r in self.seen
                if (method is None or r.method == method)
                and (path_contains is None or path_contains in r.path)
            ]

    # --- internals --------------------------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._spawn(self._accept_loop, listener)

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return  # listener closed
            self._spawn(self._serve, client)

    def _take_rule(self, method: str, path: str) -> FaultRule | None:
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.times -= 1
                    return rule
            return None

    def _serve(self, client: socket.socket) -> None:
        try:
            with client:
                reader = _Reader(client)
                while not self._stopped.is_set():
                    try:
                        head, body = reader.read_message(is_request=True)
                    except _ConnectionClosed:
                        return
                    method, path = _request_line(head)
                    rule = self._take_rule(method, path)
                    with self._lock:
                        authorized = "authorization" in _headers(head)
                        self.seen.append(SeenRequest(method, path, rule.mode if rule else None, authorized))
                    if not self._handle(client, head, body, rule):
                        return
        except OSError:
            return

    def _handle(self, client: socket.socket, head: bytes, body: bytes, rule: FaultRule | None) -> bool:
        """Answer one request; False when the client connection must be closed."""
        mode = rule.mode if rule else None
        if mode == Fault.RESET_BEFORE_FORWARD:
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            return False
        if mode == Fault.STALL:
            self._release_stalls.wait(self.stall_seconds)
            return False
        if mode == Fault.RESPOND_500_WP_ERROR:
            text = b'{"code":"db_insert_error","message":"Could not insert post into the database.",'
            text += b'"data":{"status":500}}'
            client.sendall(
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json; charset=UTF-8\r\n"
                + f"Content-Length: {len(text)}\r\nConnection: close\r\n\r\n".encode()
                + text
            )
            return False
        if mode in _CANNED:
            status, reason = _CANNED[mode]
            text = f"{status} {reason} (injected by the test proxy)".encode()
            extra = f"Retry-After: {rule.retry_after}\r\n" if mode == Fault.RESPOND_429 else ""
            client.sendall(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {len(text)}\r\n"
                f"{extra}Connection: close\r\n\r\n".encode()
                + text
            )
            return False
        if mode == Fault.REDIRECT:
            client.sendall(
                f"HTTP/1.1 302 Found\r\nLocation: {rule.location}\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n".encode()
            )
            return False
        if mode == Fault.ECHO_CREDENTIALS:
            client.sendall(_echo_credentials(head, rule.status))
            return False
        if mode == Fault.OVERSIZE:
            self._send_endless(client, rule.size)
            return False
        answer = self._forward(head, body)
        if mode == Fault.DRIP:
            for index in range(len(answer)):
                if self._release_stalls.wait(rule.drip_seconds):
                    return False
                client.sendall(answer[index : index + 1])
            return False
        if mode == Fault.CUT_AFTER_FORWARD:
            return False
        if mode == Fault.STALL_AFTER_FORWARD:
            self._release_stalls.wait(self.stall_seconds)
            return False
        client.sendall(answer)
        return False  # every answer says Connection: close

    def _send_endless(self, client: socket.socket, size: int) -> None:
        """A JSON list ``size`` bytes long, sent as fast as the client reads, never held in memory."""
        client.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[")
        item = b'{"id":1,"title":"' + b"x" * 60_000 + b'"},'
        sent = 1
        while sent < size and not self._stopped.is_set():
            client.sendall(item)
            sent += len(item)
        client.sendall(b'{"id":1}]')

    def _forward(self, head: bytes, body: bytes) -> bytes:
        """Send the request upstream and return its complete answer (rewritten to Connection: close)."""
        with socket.create_connection((self.upstream_host, self.upstream_port), timeout=120) as upstream:
            upstream.sendall(_with_connection_close(head) + body)
            reader = _Reader(upstream)
            answer_head, answer_body = reader.read_message(is_request=False, until_eof=True)
        return _with_connection_close(answer_head) + answer_body


class _Reader:
    """Buffered reads of whole HTTP/1.1 messages from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buffer += chunk
        return True

    def _take(self, count: int) -> bytes:
        while len(self.buffer) < count:
            if not self._fill():
                raise _ConnectionClosed
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            if not self._fill():
                raise _ConnectionClosed
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def read_message(self, *, is_request: bool, until_eof: bool = False) -> tuple[bytes, bytes]:
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > _MAX_HEAD or not self._fill():
                raise _ConnectionClosed
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        headers = _headers(head)
        if headers.get("transfer-encoding", "").lower() == "chunked":
            return head + b"\r\n\r\n", self._chunked()
        if "content-length" in headers:
            return head + b"\r\n\r\n", self._take(int(headers["content-length"]))
        if is_request or not until_eof:
            return head + b"\r\n\r\n", b""
        while self._fill():
            pass
        body, self.buffer = self.buffer, b""
        return head + b"\r\n\r\n", body

    def _chunked(self) -> bytes:
        raw = b""
        while True:
            size_line = self._line()
            raw += size_line + b"\r\n"
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while True:  # trailers, then the empty line
                    trailer = self._line()
                    raw += trailer + b"\r\n"
                    if not trailer:
                        return raw
            raw += self._take(size + 2)


def _echo_credentials(head: bytes, status: int) -> bytes:
    """A WordPress-style error quoting the credentials, as a debug page or careless plugin might."""
    header = _headers(head).get("authorization", "")
    token = header.partition(" ")[2]
    decoded = base64.b64decode(token).decode() if token else ""
    password = decoded.partition(":")[2]
    from urllib.parse import quote

    message = (
        f"Rejected request with Authorization: {header} (user:password {decoded}; "
        f"password={quote(password)}; alone {base64.b64encode(password.encode()).decode()})"
    )
    body = json.dumps({"code": "echo", "message": message, "data": {"status": status, "seen": header}})
    return (
        f"HTTP/1.1 {status} Echo\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n\r\n{body}"
    ).encode()


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    return {
        name.strip().lower(): value.strip()
        for name, sep, value in (line.partition(":") for line in lines)
        if sep
    }


def _request_line(head: bytes) -> tuple[str, str]:
    first = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = first.split(" ")
    return (parts[0], parts[1]) if len(parts) >= 2 else ("", "")


def _with_connection_close(head: bytes) -> bytes:
    lines = head[:-4].split(b"\r\n") if head.endswith(b"\r\n\r\n") else head.split(b"\r\n")
    kept = [lines[0]] + [
        line for line in lines[1:] if line and not line.lower().startswith((b"connection:", b"keep-alive:"))
    ]
    return b"\r\n".join([*kept, b"Connection: close"]) + b"\r\n\r\n"
