"""Limits a server cannot talk its way around: a total deadline per request and a cap on answer size.

httpx's timeouts apply to each read: a server that sends one byte every two seconds never trips a 30 s read
timeout and can hold a request for hours. :class:`DeadlineBackend` wraps httpcore's network backend so that
every connect, read and write of a request gets at most the time left until that request's deadline; past
it the read fails as a timeout. The size cap is enforced while streaming (:func:`read_capped`), so a
gigabyte answer costs at most the cap in memory.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterable, Iterator

import httpcore
import httpx

REQUEST_DEADLINE = 60.0  # seconds for a whole REST call, answer included
UPLOAD_DEADLINE = 600.0  # seconds for a media upload
MAX_ANSWER_BYTES = 16 * 1024 * 1024  # no WordPress JSON answer comes near this


class AnswerTooLarge(Exception):
    """The answer went past the size cap; nothing more was read."""


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's backend with a per-request deadline (set with :meth:`limit`); not thread-safe."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()
        self._deadline: float | None = None
        self._ends = 0.0  # the last request's deadline, kept after it so a failure can be explained

    @contextlib.contextmanager
    def limit(self, seconds: float) -> Iterator[None]:
        self._deadline = self._ends = time.monotonic() + seconds
        try:
            yield
        finally:
            self._deadline = None

    @property
    def expired(self) -> bool:
        """The last request ran out of time (a read cut short by the deadline shows as a timeout)."""
        return time.monotonic() >= self._ends - 0.01

    def budget(self, timeout: float | None) -> float | None:
        if self._deadline is None:
            return timeout
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the request's total deadline passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, self.budget(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.connect_unix_socket(path, self.budget(timeout), socket_options), self
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._backend.budget(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.budget(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._backend.budget(timeout))
        return _DeadlineStream(inner, self._backend)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


def transport_with_deadline(verify: ssl.SSLContext) -> tuple[httpx.HTTPTransport, DeadlineBackend]:
    """An httpx transport whose connections all go through a :class:`DeadlineBackend`.

    httpx has no public way to hand httpcore a network backend, so the pool's is swapped after it is
    built; the check makes an httpx that renamed it fail loudly instead of silently losing the deadline.
    """
    transport = httpx.HTTPTransport(verify=verify, trust_env=True)
    pool = transport._pool
    if not isinstance(getattr(pool, "_network_backend", None), httpcore.NetworkBackend):
        raise RuntimeError("this httpx version does not expose its network backend; update Copydesk")
    backend = DeadlineBackend(pool._network_backend)
    pool._network_backend = backend
    return transport, backend


def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The (decoded) body of a streamed response, or :class:`AnswerTooLarge` once it passes ``limit``."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise AnswerTooLarge
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise AnswerTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def buffered(response: httpx.Response, body: bytes) -> httpx.Response:
    """A complete, closed-over copy of a streamed response holding ``body`` (already decoded)."""
    skip = ("content-encoding", "content-length", "transfer-encoding")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in skip]
    return httpx.Response(response.status_code, headers=headers, content=body, request=response.request)
