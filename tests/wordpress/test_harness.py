"""The harness itself: a real WordPress answers authenticated REST calls, survives a web server restart."""

from __future__ import annotations

import httpx

from tests.wordpress.server import WordPressServer


def test_authenticated_rest_and_post_round_trip(wordpress: WordPressServer) -> None:
    with wordpress.rest() as client:
        me = client.get("/wp/v2/users/me", params={"context": "edit"})
        assert me.status_code == 200
        assert me.json()["roles"] == ["administrator"]
        created = client.post("/wp/v2/posts", json={"title": "Harness", "status": "draft"})
        assert created.status_code == 201
    assert wordpress.get_post(created.json()["id"])["title"]["raw"] == "Harness"


def test_server_down_then_back_keeps_the_data(wordpress: WordPressServer) -> None:
    with wordpress.rest() as client:
        post_id = client.post("/wp/v2/posts", json={"title": "Survivor", "status": "draft"}).json()["id"]
    wordpress.stop_php()
    try:
        try:
            httpx.get(f"{wordpress.base_url}/wp-json/", timeout=2, trust_env=False)
        except httpx.ConnectError:
            pass
        else:
            raise AssertionError("the site still answers after stop_php()")
    finally:
        wordpress.start_php()
    assert wordpress.get_post(post_id)["title"]["raw"] == "Survivor"


def test_companion_meta_can_be_switched_off(wordpress: WordPressServer) -> None:
    with wordpress.rest() as client:
        wordpress.set_meta_registered(False)
        try:
            dropped = client.post("/wp/v2/posts", json={"title": "m", "meta": {"copydesk_id": "x"}}).json()
        finally:
            wordpress.set_meta_registered(True)
        kept = client.post("/wp/v2/posts", json={"title": "m", "meta": {"copydesk_id": "x"}}).json()
    assert dropped["meta"] == []
    assert kept["meta"] == {"copydesk_id": "x"}


def test_missing_provisioning_is_reported_with_the_fix(tmp_path) -> None:
    from tests.wordpress.server import is_provisioned

    reason = is_provisioned(tmp_path / "no-cache-here")
    assert reason is not None and "provision.sh" in reason


def test_a_failed_start_up_says_which_step_failed_and_what_the_process_said(tmp_path, monkeypatch) -> None:
    import pytest

    from tests.wordpress import server as harness

    if harness.is_provisioned():
        pytest.skip(harness.is_provisioned())
    # The real mariadbd, given an option it refuses: it exits at once and says why in its error log.
    broken = tmp_path / "mariadbd"
    broken.write_text(f'#!/bin/sh\nexec {harness.MARIADBD} "$@" --no-such-option-for-copydesk\n')
    broken.chmod(0o755)
    monkeypatch.setattr(harness, "MARIADBD", str(broken))

    with pytest.raises(harness.WordPressError) as failure:
        harness.WordPressServer().start()
    message = str(failure.value)
    assert "MariaDB" in message
    assert "no-such-option-for-copydesk" in message  # MariaDB's own words, from its log
    assert f"attempt {harness.START_ATTEMPTS}" in message  # a failed start-up is tried again
