"""What a client learns about a site that stays true from one run to the next: where its REST API is, and
the ids of the categories and tags it has used.

Finding the API costs a request, and each section or tag name costs a lookup; on a busy WordPress each is
tens of milliseconds, several times what the post itself costs. The outbox keeps a :class:`SiteCache` per
account (``editor.sync.site_cache``), hands it to the client before sending and stores what the client
learnt afterwards. It is only a cache: a root that stopped answering is rediscovered and a term deleted on
the site is looked up again (``editor.cms.wordpress``), so losing it costs a few requests, never a wrong post.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

TermKey = tuple[str, str]  # (taxonomy, name.casefold()): "Harbour" and "harbour" are one WordPress term


@dataclass(frozen=True, slots=True)
class Term:
    id: int
    name: str  # as first used, to create it again under the same spelling if it was deleted


@dataclass(frozen=True, slots=True)
class SiteCache:
    api_root: str = ""  # RestRoot.display, e.g. "https://example.org/wp-json/"; "" when unknown
    terms: Mapping[TermKey, Term] = field(default_factory=dict)


def term_key(taxonomy: str, name: str) -> TermKey:
    return (taxonomy, name.strip().casefold())
