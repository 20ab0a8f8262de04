"""A Ghost post → a local Article ("Open from CMS", "take theirs").

The byline + credit, Sources and Related blocks travel in HTML cards with their ``cd-*`` classes
(editor.cms.ghost_mapping), so they are read back into their fields as for WordPress
(:func:`editor.cms.wordpress_pull.split_content`); the rest becomes the Markdown body. Ghost drops the
dateline's class, so on a post from Ghost the dateline stays as text at the start of the body. The primary
tag is the section, the other public tags the tags; the feature image keeps its URL, caption and alt text.
"""

from __future__ import annotations

import html
import re

from markdownify import markdownify

from editor.article import Article, FeaturedImage, RemoteBinding, new_id, utcnow
from editor.cms.client import RemotePost, remote_fields_hash
from editor.cms.ghost_mapping import without_cards
from editor.cms.wordpress_pull import split_content

_TAGS = re.compile(r"<[^>]+>")


def article_from_post(post: RemotePost, account_name: str) -> Article:
    parts = split_content(without_cards(post.content))
    markdown = markdownify(parts.pop("body_html"), heading_style="ATX", bullets="-")
    body = re.sub(r"\n{3,}", "\n\n", markdown).strip()
    raw = post.raw
    featured = None
    if post.featured_media:
        caption = html.unescape(_TAGS.sub("", str(raw.get("feature_image_caption") or ""))).strip()
        featured = FeaturedImage(
            str(post.featured_media), caption, "", str(raw.get("feature_image_alt") or "")
        )
    return Article(
        id=post.marker or new_id(),
        headline=post.title,
        standfirst=post.excerpt,
        body=body + "\n" if body else "",
        section=str(post.categories[0]) if post.categories else "",
        tags=[str(tag) for tag in post.tags],
        slug=post.slug,
        featured_image=featured,
        remote=RemoteBinding(
            account=account_name,
            remote_id=post.id,
            url=post.link,
            version=post.version,
            last_sync=utcnow(),
            remote_fields_hash=remote_fields_hash(post),
        ),
        **parts,
    )
