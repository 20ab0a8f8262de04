"""`copydesk import [--wire]` of incoming copy, then show, search, export: the original travels along."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main

CORPUS = Path(__file__).parents[1] / "importers" / "wire_corpus"
INPUTS = Path(__file__).parents[1] / "importers" / "wire_inputs"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_plain_import_reads_pages_mail_and_newsml_and_keeps_each_original(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [CORPUS / "en_coastal_gazette.html", INPUTS / "story.eml", INPUTS / "agency.xml"]
    code, out, err = run(capsys, "import", *map(str, files))
    assert code == 0, err
    ids = out.split()
    assert len(ids) == 3
    code, out, _ = run(capsys, "show", ids[0], "--json")
    item = json.loads(out)
    assert item["headlines"][0]["value"] == "Storm Elin cuts power to 80,000 homes along the coast"
    wire = next(a for a in item["associations"] if a["name"] == "wirecopy")
    assert wire["rel"] == "source" and wire["infoSources"] == [{"name": "AFP", "role": "news agency"}]
    assert wire["bodies"][0]["contentType"] == "text/html" and "<nav" in wire["bodies"][0]["value"]
    share = next(a["value"] for a in item["altIds"] if a["role"] == "copydesk:wire-copy-share")
    assert float(share) == 1.0  # nothing rewritten yet
    code, out, _ = run(capsys, "export", ids[2], "--format", "ninjs")
    assert "UKRAINE-CRISIS/GRAIN" in out and "application/vnd.iptc.g2.newsitem+xml" in out


def test_wire_import_of_copied_text_and_the_share_after_rewriting(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "import", "--wire", str(CORPUS / "en_copied_page.txt"))
    assert code == 0
    article_id = out.strip()
    code, out, _ = run(capsys, "show", article_id)
    assert "100% wire copy (AFP)" in out and "credit: with AFP" in out
    # The journalist rewrites the story: export, change the body, import over it.
    code, out, _ = run(capsys, "export", article_id, "--format", "md")
    head, _, _ = out.partition("\n---\n")
    rewritten = tmp_path / "rewritten.md"
    rewritten.write_text(
        head + "\n---\nOfficials in the valley counted the cost on Monday as the water slowly went down and"
        " families returned to houses filled with mud.\n\n"
        "More than 4,000 people were evacuated from villages along the river on Sunday after days of heavy"
        " rain pushed water levels to their highest in two decades, officials said.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(rewritten))
    assert code == 0, err
    code, out, _ = run(capsys, "show", article_id, "--json")
    share = float(
        next(a["value"] for a in json.loads(out)["altIds"] if a["role"] == "copydesk:wire-copy-share")
    )
    assert 0.4 < share < 0.7
    code, out, _ = run(capsys, "search", "gymnasium")  # only the original holds that word now
    assert article_id in out and "wire copy:" in out


def test_bad_copy_is_one_line_and_imports_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    evil = tmp_path / "evil.xml"
    evil.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><newsItem>&a;</newsItem>', encoding="utf-8"
    )
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    code, out, err = run(capsys, "import", str(CORPUS / "en_coastal_gazette.html"), str(evil), str(binary))
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert (
        len(lines) == 3
        and "evil.xml" in lines[0]
        and "photo.html" in lines[1]
        and "nothing imported" in lines[2]
    )
    assert "Traceback" not in err
    code, out, _ = run(capsys, "list")
    assert out == ""


def test_an_item_exported_as_published_elsewhere_starts_here_as_a_draft(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    item = tmp_path / "item.json"
    item.write_text(
        '{"uri": "urn:agency:1", "altIds": [{"role": "copydesk:status", "value": "published"}],'
        ' "headline": "Port strike ends",'
        ' "body_text": "Dock workers returned to work on Friday after a week-long strike."}',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "--wire", str(item))
    assert code == 0, err
    code, out, _ = run(capsys, "show", out.strip())
    assert "status: draft" in out and "wire copy" in out


def test_publishing_agency_copy_without_its_credit_is_refused_and_the_threshold_is_a_setting(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "import", str(CORPUS / "en_coastal_gazette.html"))
    article_id = out.strip()
    code, out, _ = run(capsys, "export", article_id, "--format", "md")
    uncredited = tmp_path / "uncredited.md"
    uncredited.write_text(out.replace("credit_line: with AFP\n", ""), encoding="utf-8")
    assert run(capsys, "import", str(uncredited))[0] == 0
    code, _, err = run(capsys, "publish", article_id)
    assert code == 1 and "not published" in err
    assert "error: 100% of the body is verbatim AFP copy: the credit line must name AFP" in err
    with pytest.raises(SystemExit):  # a share is at most 100%: wrong usage
        run(capsys, "publish", article_id, "--reuse-threshold", "101")
    code, _, err = run(capsys, "publish", article_id, "--reuse-threshold", "100")
    assert "error: 100% of the body" in err
