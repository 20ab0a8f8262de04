"""The fault proxy itself, in front of a real HTTP server (Python's http.server on 127.0.0.1).

The publishing fault tests rely on each mode doing exactly what it says: these tests pin that down
without needing WordPress.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.faultproxy import Fault, FaultProxy, FaultRule


class _CountingHandler(BaseHTTPRequestHandler):
    received: list[bytes] = []  # noqa: RUF012 - shared on purpose: the server's log of bodies

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append(body)
        answer = b'{"created": true}'
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[ThreadingHTTPServer]:
    _CountingHandler.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(upstream: ThreadingHTTPServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", upstream.server_address[1], stall_seconds=5) as running:
        yield running


def _post(proxy: FaultProxy, timeout: float = 2.0) -> httpx.Response:
    with httpx.Client(base_url=proxy.base_url, timeout=timeout, trust_env=False) as client:
        return client.post("/wp/v2/posts", content=b"x" * 100_000)


def test_passes_requests_through_unchanged(proxy: FaultProxy) -> None:
    response = _post(proxy)
    assert response.status_code == 201 and response.json() == {"created": True}
    assert _CountingHandler.received == [b"x" * 100_000]


def test_cut_after_forward_loses_the_answer_but_the_server_acted(proxy: FaultProxy) -> None:
    proxy.add_rule(FaultRule(Fault.CUT_AFTER_FORWARD, method="POST"))
    with pytest.raises(httpx.TransportError):
        _post(proxy)
    assert len(_CountingHandler.received) == 1
    assert _post(proxy).status_code == 201  # the rule was used up


def test_stall_times_out_without_reaching_the_server(proxy: FaultProxy) -> None:
    proxy.add_rule(FaultRule(Fault.STALL))
    with pytest.raises(httpx.ReadTimeout):
        _post(proxy, timeout=0.5)
    assert _CountingHandler.received == []


def test_stall_after_forward_times_out_after_the_server_acted(proxy: FaultProxy) -> None:
    proxy.add_rule(FaultRule(Fault.STALL_AFTER_FORWARD))
    with pytest.raises(httpx.ReadTimeout):
        _post(proxy, timeout=0.5)
    assert len(_CountingHandler.received) == 1


@pytest.mark.parametrize("fault, status", [(Fault.RESPOND_500, 500), (Fault.RESPOND_502, 502)])
def test_canned_errors_never_reach_the_server(proxy: FaultProxy, fault: Fault, status: int) -> None:
    proxy.add_rule(FaultRule(fault))
    assert _post(proxy).status_code == status
    assert _CountingHandler.received == []


def test_429_carries_retry_after(proxy: FaultProxy) -> None:
    proxy.add_rule(FaultRule(Fault.RESPOND_429, retry_after=7))
    response = _post(proxy)
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"


def test_refused_connections_then_back_on_the_same_port(proxy: FaultProxy) -> None:
    port = proxy.port
    proxy.refuse_connections(True)
    with pytest.raises(httpx.ConnectError):
        _post(proxy)
    proxy.refuse_connections(False)
    assert proxy.port == port
    assert _post(proxy).status_code == 201


def test_rules_aim_at_matching_requests_only(proxy: FaultProxy) -> None:
    proxy.add_rule(FaultRule(Fault.RESPOND_500, path_contains="/media"))
    assert _post(proxy).status_code == 201
    assert [r.fault for r in proxy.requests()] == [None]
