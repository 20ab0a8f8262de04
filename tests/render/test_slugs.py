"""URL slugs from headlines in any script: readable, never empty for a headline with letters."""

from __future__ import annotations

import pytest

from editor.article import SLUG_RE, slugify


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Шторм обесточил город", "shtorm-obestochil-gorod"),
        ("Straße gesperrt", "strasse-gesperrt"),
        ("Øresund bridge closed", "oresund-bridge-closed"),
        ("Ελλάδα: σεισμός", "ellada-seismos"),
        ("Storm batters the coast!", "storm-batters-the-coast"),
    ],
)
def test_headlines_in_any_script_give_a_readable_slug(headline: str, slug: str) -> None:
    assert slugify(headline) == slug
    assert SLUG_RE.match(slugify(headline))


def test_a_long_headline_is_cut_at_the_limit_without_a_trailing_hyphen() -> None:
    slug = slugify("Шторм " * 40, max_length=30)
    assert len(slug) <= 30 and SLUG_RE.match(slug)
