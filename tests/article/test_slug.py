"""Slugs: every script a newsroom writes in gives a readable URL slug (issue 8, defect 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.article import SLUG_RE, slugify
from editor.cli import main


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Шторм обесточил город", "shtorm-obestochil-gorod"),
        ("Straße gesperrt", "strasse-gesperrt"),
        ("Øresund bridge closed", "oresund-bridge-closed"),
        ("Ελλάδα: σεισμός", "ellada-seismos"),
        ("Storm hits coast!", "storm-hits-coast"),
        ("L'été — c'est fini", "l-ete-c-est-fini"),
    ],
)
def test_headlines_in_any_script_give_a_readable_slug(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


@given(st.text(max_size=300))
def test_a_slug_is_always_valid_and_bounded(text: str) -> None:
    slug = slugify(text, max_length=40)
    assert slug == "" or SLUG_RE.match(slug)
    assert len(slug) <= 40


def test_a_new_article_from_the_cli_gets_a_transliterated_slug(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--headline", "Шторм обесточил город"]) == 0
    article_id = capsys.readouterr().out.strip()
    assert main(["show", article_id, "--json"]) == 0
    ninjs = json.loads(capsys.readouterr().out)
    slug = next(a["value"] for a in ninjs["altIds"] if a["role"] == "copydesk:slug")
    assert slug == "shtorm-obestochil-gorod"


@pytest.mark.parametrize(
    ("headline", "language", "slug"),
    [
        ("Straße über die Brücke", "de", "strasse-ueber-die-bruecke"),
        ("Äpfel & Öl", "de-AT", "aepfel-und-oel"),
        ("Élection à Paris & Lyon : l'œuvre", "fr", "election-a-paris-et-lyon-l-oeuvre"),
        ("Storm & floods", "en-GB", "storm-and-floods"),
        ("عاصفة في بيروت", "ar", "sf-fy-byrwt"),
        ("סערה בתל אביב", "he", "s-rh-btl-byb"),
        ("Шторм в Москве", "ru", "shtorm-v-moskve"),
    ],
)
def test_the_slug_follows_the_article_language(headline: str, language: str, slug: str) -> None:
    assert slugify(headline, language=language) == slug
    assert SLUG_RE.match(slug)


def test_the_cli_makes_a_new_article_in_the_language_given(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "new", "--headline", "Straße über", "--language", "de"]) == 0
    article_id = capsys.readouterr().out.strip()
    assert main(["--data-dir", str(tmp_path), "show", article_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["language"] == "de"
    assert {"role": "copydesk:slug", "value": "strasse-ueber"} in shown["altIds"]
    assert main(["--data-dir", str(tmp_path), "new", "--language", "not a tag"]) == 1
    assert "--language" in capsys.readouterr().err
