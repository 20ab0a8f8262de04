"""Checklist findings and validation problems in the window's words (translatable through ``tr()``);
the core hands over a code and parameters (``editor.article.Problem``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.article import Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def _templates() -> dict[str, str]:
    return {
        "sample_article": _tr(
            "This is Copydesk's welcome article, a sample that is never published. To publish what you "
            "wrote in it, make it a story of its own with File → Duplicate (Ctrl+Shift+D)."
        ),
        "slug_taken": _tr(
            "The slug “{slug}” is already used by “{headline}”, published from this library: "
            "give this story a slug of its own."
        ),
        "headline_empty": _tr("The headline is empty."),
        "body_empty": _tr("The body is empty."),
        "body_too_long": _tr(
            "The body is too long to publish ({length:,} characters; the limit is {limit:,})."
        ),
        "byline_missing": _tr("Add at least one byline."),
        "section_missing": _tr("No section chosen: the site will file it under its default."),
        "headline_too_long": _tr(
            "The headline is {length:,} characters long; the site takes at most {limit:,}."
        ),
        "headline_long": _tr("The headline is {length} characters long; aim for {limit} or fewer."),
        "term_only_markup": _tr("The name “{name}” is only markup: the site would refuse it."),
        "image_file_missing": _tr("The image file “{url}” was not found."),
        "image_file_not_image": _tr(
            "The file “{url}” is not an image (by its contents): it is never uploaded. "
            "Remove it, or insert the right picture."
        ),
        "image_not_placed": _tr(
            "“{url}” was typed, not put in through the window, so it is not uploaded: insert it with "
            "Insert Image (or choose it as the featured image)."
        ),
        "image_file_url": _tr(
            "“{url}” is a file: address that came with the imported file; Copydesk never uploads one. "
            "Put the picture in {folder} and name it by its file name, or insert it with Insert Image."
        ),
        "image_outside_folder": _tr(
            "“{url}” lies outside {folder}, the folder of the imported file, so it is not uploaded. "
            "Move the picture into that folder, or insert it with Insert Image."
        ),
        "link_invalid": _tr("The link “{url}” is not a full web address (https://…)."),
        "quote_unattributed": _tr("The body quotes someone: add at least one source."),
        "slug_malformed": _tr(
            "The slug may contain only lower-case letters, digits and single hyphens "
            '(e.g. "storm-hits-coast").'
        ),
        "source_unnamed": _tr("Source {number} has no name."),
        "source_link_invalid": _tr(
            "Source {number} has an invalid link: {url!r} (it must start with http:// or https://)."
        ),
        "related_untitled": _tr("Related link {number} has no title."),
        "related_url_invalid": _tr("Related link {number} has an invalid URL: {url!r}."),
        "related_nowhere": _tr("Related link {number} points nowhere: give a URL or pick an article."),
        "byline_unnamed": _tr("Byline {number} has no name."),
        "embargo_past": _tr("The embargo time is in the past."),
        "image_alt_missing": _tr("The featured image has no alt text."),
        "wire_copy_uncredited": _tr(
            "{percent}% of the body is verbatim {agency} copy: the credit line must name {agency} "
            "(e.g. “with {agency}”)."
        ),
        "wire_copy_credit_missing": _tr(
            "{percent}% of the body is verbatim {agency} copy and the credit line does not name {agency}."
        ),
        "checklist_failed": _tr("The checklist could not run: {error}"),
    }


def describe(problem: Problem) -> str:
    """The finding as one sentence for the checklist pane, a tooltip or the status bar."""
    params = dict(problem.params)
    if params.get("url") == "" and problem.code == "link_invalid":
        params["url"] = _tr("(empty)")
    template = _templates().get(problem.code)
    text = template.format(**params) if template else problem.code
    line = params.get("line")
    if not line:
        return text
    return _tr("Line {line}: {finding}").format(line=line, finding=text[0].lower() + text[1:])
