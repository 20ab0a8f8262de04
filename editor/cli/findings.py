"""Checklist findings and validation problems in words, for the terminal (the window has its own,
translated, in ``editor.ui.findings``)."""

from __future__ import annotations

from editor.article import Problem

TEMPLATES = {
    "sample_article": (
        "This is Copydesk's welcome article, a sample that is never published. To publish what you "
        "wrote in it, make it a story of its own: File → Duplicate in the window, or "
        "`copydesk new` and paste it in."
    ),
    "slug_taken": (
        "The slug “{slug}” is already used by “{headline}”, published from this library: "
        "give this story a slug of its own."
    ),
    "headline_empty": "The headline is empty.",
    "body_empty": "The body is empty.",
    "body_too_long": "The body is too long to publish ({length:,} characters; the limit is {limit:,}).",
    "byline_missing": "Add at least one byline.",
    "section_missing": "No section chosen: the site will file it under its default.",
    "headline_too_long": "The headline is {length:,} characters long; the site takes at most {limit:,}.",
    "headline_long": "The headline is {length} characters long; aim for {limit} or fewer.",
    "term_only_markup": "The name “{name}” is only markup: the site would refuse it.",
    "image_file_missing": "The image file “{url}” was not found.",
    "image_file_not_image": (
        "The file “{url}” is not an image (by its contents): it is never uploaded. "
        "Remove it, or insert the right picture."
    ),
    "image_not_placed": (
        "“{url}” was typed, not put in through the window, so it is not uploaded: insert it with "
        "Insert Image (or choose it as the featured image)."
    ),
    "image_file_url": (
        "“{url}” is a file: address that came with the imported file; Copydesk never uploads one. "
        "Put the picture in {folder} and name it by its file name, or insert it with Insert Image."
    ),
    "image_outside_folder": (
        "“{url}” lies outside {folder}, the folder of the imported file, so it is not uploaded. "
        "Move the picture into that folder, or insert it with Insert Image."
    ),
    "link_invalid": "The link “{url}” is not a full web address (https://…).",
    "quote_unattributed": "The body quotes someone: add at least one source.",
    "quote_marks_wrong": (
        "Quotation marks {found} are not those of the article's language, which uses {expected}."
    ),
    "quote_marks_unspaced": (
        "French guillemets take a narrow no-break space inside them: «\u202fcomme ceci\u202f»."
    ),
    "slug_malformed": (
        'The slug may contain only lower-case letters, digits and single hyphens (e.g. "storm-hits-coast").'
    ),
    "source_unnamed": "Source {number} has no name.",
    "source_link_invalid": (
        "Source {number} has an invalid link: {url!r} (it must start with http:// or https://)."
    ),
    "related_untitled": "Related link {number} has no title.",
    "related_url_invalid": "Related link {number} has an invalid URL: {url!r}.",
    "related_nowhere": "Related link {number} points nowhere: give a URL or pick an article.",
    "byline_unnamed": "Byline {number} has no name.",
    "embargo_past": "The embargo time is in the past.",
    "image_alt_missing": "The featured image has no alt text.",
    "wire_copy_uncredited": (
        "{percent}% of the body is verbatim {agency} copy: the credit line must name {agency} "
        "(e.g. “with {agency}”)."
    ),
    "wire_copy_credit_missing": (
        "{percent}% of the body is verbatim {agency} copy and the credit line does not name {agency}."
    ),
}


def describe(problem: Problem) -> str:
    """The finding as one sentence; a body finding names its line (``Line 3: the link …``)."""
    params = dict(problem.params)
    if params.get("url") == "" and problem.code == "link_invalid":
        params["url"] = "(empty)"
    template = TEMPLATES.get(problem.code)
    text = template.format(**params) if template else f"{problem.code} {params}"
    line = params.get("line")
    return f"Line {line}: {text[0].lower()}{text[1:]}" if line else text
