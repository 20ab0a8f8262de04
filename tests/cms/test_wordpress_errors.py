"""Connection and login failures give the right error class and a message a journalist can act on."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import pytest

from editor.cli.messages import describe_error
from editor.cms.errors import AuthFailed, ConnectionFailed, InsecureUrl, NotWordPress, TlsError
from editor.cms.wordpress import WordPressClient
from editor.cms.wordpress_http import shared_ssl_context
from tests.cms.servers import PlainPage, proxy, serve
from tests.wordpress.server import WordPressServer, free_port

pytestmark = pytest.mark.wordpress

WRONG_PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"


def test_wrong_application_password_is_auth_failed(wordpress: WordPressServer) -> None:
    with (
        WordPressClient(wordpress.base_url, wordpress.username, WRONG_PASSWORD) as client,
        pytest.raises(AuthFailed) as raised,
    ):
        client.test()
    message = describe_error(raised.value)
    assert "application password" in message
    assert wordpress.username in message
    assert "Authorization header" not in message  # the header did arrive: don't send them chasing it
    assert WRONG_PASSWORD not in message and "abcd" not in message
    assert not raised.value.transient


def test_server_that_strips_the_authorization_header_is_explained(wordpress: WordPressServer) -> None:
    with (
        serve(proxy(wordpress.base_url, strip_auth=True)) as proxy_url,
        WordPressClient(proxy_url, wordpress.username, wordpress.app_password) as client,
        pytest.raises(AuthFailed) as raised,
    ):
        client.test()
    message = describe_error(raised.value)
    assert "removes the Authorization header" in message
    assert "CGIPassAuth" in message
    assert raised.value.code == "authorization_header_stripped"
    assert wordpress.app_password not in message


def test_nothing_listening_is_connection_failed() -> None:
    with (
        WordPressClient(f"http://127.0.0.1:{free_port()}", "someone", WRONG_PASSWORD) as client,
        pytest.raises(ConnectionFailed) as raised,
    ):
        client.test()
    assert raised.value.transient
    assert "nothing is listening" in describe_error(raised.value)
    assert WRONG_PASSWORD not in describe_error(raised.value)


def test_a_site_that_is_not_wordpress_is_named_so() -> None:
    with (
        serve(PlainPage) as url,
        WordPressClient(url, "someone", WRONG_PASSWORD) as client,
        pytest.raises(NotWordPress) as raised,
    ):
        client.test()
    assert "No WordPress REST API found" in describe_error(raised.value)
    assert not raised.value.transient


def test_plain_permalink_site_is_reached_through_rest_route(wordpress: WordPressServer) -> None:
    wordpress.set_pretty_permalinks(False)
    try:
        with WordPressClient(wordpress.base_url, wordpress.username, wordpress.app_password) as client:
            info = client.test()
            created = client.create_fields({"title": "Via rest_route", "status": "draft"})
            assert client.get(created.id).title == "Via rest_route"
    finally:
        wordpress.set_pretty_permalinks(True)
    assert info.rest_base == f"{wordpress.base_url}/?rest_route=/"
    assert info.user_name == "Ada Admin"


@pytest.mark.parametrize(
    "url",
    ["http://news.example.org", "http://192.168.1.20/wp", "ftp://news.example.org", "https://u:p@x.org"],
)
def test_insecure_or_odd_addresses_are_refused_before_any_request(url: str) -> None:
    with pytest.raises(InsecureUrl):
        WordPressClient(url, "someone", WRONG_PASSWORD)


@pytest.mark.parametrize(
    "url", ["http://localhost:8080", "http://127.0.0.1", "http://[::1]:9000", "news.org"]
)
def test_local_http_and_bare_host_names_are_accepted(url: str) -> None:
    with WordPressClient(url, "someone", WRONG_PASSWORD) as client:
        assert client.site_url.startswith(("http://", "https://news.org"))


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, ssl.SSLContext]:
    """A self-signed certificate for 127.0.0.1 (the CA file a client could trust) and a server context."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return cert, context


def test_an_unverifiable_certificate_is_a_tls_error_and_nothing_is_sent(
    self_signed: tuple[Path, ssl.SSLContext],
) -> None:
    _cert, context = self_signed
    seen: list[str] = []

    class Recorder(PlainPage):
        def do_GET(self) -> None:
            seen.append(self.headers.get("Authorization", ""))
            super().do_GET()

    with (
        serve(Recorder, tls=context) as url,
        WordPressClient(url, "someone", WRONG_PASSWORD) as client,
        pytest.raises(TlsError) as raised,
    ):
        client.test()
    assert url.startswith("https://")
    assert "could not be verified" in describe_error(raised.value)
    assert seen == []  # the handshake failed before any request, password included, was sent


def _ssl_context_of(client: WordPressClient) -> ssl.SSLContext:
    return client._http._transport._pool._ssl_context  # httpx → httpcore internals, read only


def test_clients_share_one_verifying_context_that_honours_the_system_ca_setting(
    self_signed: tuple[Path, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, context = self_signed
    with serve(PlainPage, tls=context) as url:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the administrator's CA bundle, as httpx reads it
        with (
            WordPressClient(url, "someone", WRONG_PASSWORD) as first,
            WordPressClient(url, "other", WRONG_PASSWORD) as second,
        ):
            assert _ssl_context_of(first) is _ssl_context_of(second) is shared_ssl_context()
            with pytest.raises(NotWordPress):  # the handshake passed: the page is just not WordPress
                first.test()
        monkeypatch.delenv("SSL_CERT_FILE")
        with WordPressClient(url, "someone", WRONG_PASSWORD) as client, pytest.raises(TlsError):
            client.test()  # without that bundle the same certificate is refused again
    verifying = shared_ssl_context()
    assert verifying.verify_mode == ssl.CERT_REQUIRED and verifying.check_hostname
