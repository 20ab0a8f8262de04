"""Checklist findings and validation problems in the window's words (translatable through ``tr()``);
the core hands over a code and parameters (``editor.article.Problem``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.article import Problem


def _templates() -> dict[str, str]:
    return {
        "sample_article": QCoreApplication.translate(
            "Findings",
            "This is Copydesk's welcome article, a sample that is never published. To publish what you "
            "wrote in it, make it a story of its own with File → Duplicate (Ctrl+Shift+D).",
        ),
        "slug_taken": QCoreApplication.translate(
            "Findings",
            "The slug “{slug}” is already used by “{headline}”, published from this library: "
            "give this story a slug of its own.",
        ),
        "headline_empty": QCoreApplication.translate("Findings", "The headline is empty."),
        "body_empty": QCoreApplication.translate("Findings", "The body is empty."),
        "body_too_long": QCoreApplication.translate(
            "Findings", "The body is too long to publish ({length:,} characters; the limit is {limit:,})."
        ),
        "byline_missing": QCoreApplication.translate("Findings", "Add at least one byline."),
        "section_missing": QCoreApplication.translate(
            "Findings", "No section chosen: the site will file it under its default."
        ),
        "headline_too_long": QCoreApplication.translate(
            "Findings", "The headline is {length:,} characters long; the site takes at most {limit:,}."
        ),
        "headline_long": QCoreApplication.translate(
            "Findings", "The headline is {length} characters long; aim for {limit} or fewer."
        ),
        "term_only_markup": QCoreApplication.translate(
            "Findings", "The name “{name}” is only markup: the site would refuse it."
        ),
        "image_file_missing": QCoreApplication.translate("Findings", "The image file “{url}” was not found."),
        "image_file_not_image": QCoreApplication.translate(
            "Findings",
            "The file “{url}” is not an image (by its contents): it is never uploaded. "
            "Remove it, or insert the right picture.",
        ),
        "image_not_placed": QCoreApplication.translate(
            "Findings",
            "“{url}” was typed, not put in through the window, so it is not uploaded: insert it with "
            "Insert Image (or choose it as the featured image).",
        ),
        "image_file_url": QCoreApplication.translate(
            "Findings",
            "“{url}” is a file: address that came with the imported file; Copydesk never uploads one. "
            "Put the picture in {folder} and name it by its file name, or insert it with Insert Image.",
        ),
        "image_outside_folder": QCoreApplication.translate(
            "Findings",
            "“{url}” lies outside {folder}, the folder of the imported file, so it is not uploaded. "
            "Move the picture into that folder, or insert it with Insert Image.",
        ),
        "link_invalid": QCoreApplication.translate(
            "Findings", "The link “{url}” is not a full web address (https://…)."
        ),
        "quote_unattributed": QCoreApplication.translate(
            "Findings", "The body quotes someone: add at least one source."
        ),
        "quote_marks_wrong": QCoreApplication.translate(
            "Findings",
            "Quotation marks {found} are not those of the article's language, which uses {expected}.",
        ),
        "quote_marks_unspaced": QCoreApplication.translate(
            "Findings",
            "French guillemets take a narrow no-break space inside them: « comme ceci ».",
        ),
        "slug_malformed": QCoreApplication.translate(
            "Findings",
            "The slug may contain only lower-case letters, digits and single hyphens "
            '(e.g. "storm-hits-coast").',
        ),
        "source_unnamed": QCoreApplication.translate("Findings", "Source {number} has no name."),
        "source_link_invalid": QCoreApplication.translate(
            "Findings",
            "Source {number} has an invalid link: {url!r} (it must start with http:// or https://).",
        ),
        "related_untitled": QCoreApplication.translate("Findings", "Related link {number} has no title."),
        "related_url_invalid": QCoreApplication.translate(
            "Findings", "Related link {number} has an invalid URL: {url!r}."
        ),
        "related_nowhere": QCoreApplication.translate(
            "Findings", "Related link {number} points nowhere: give a URL or pick an article."
        ),
        "byline_unnamed": QCoreApplication.translate("Findings", "Byline {number} has no name."),
        "embargo_past": QCoreApplication.translate("Findings", "The embargo time is in the past."),
        "image_alt_missing": QCoreApplication.translate("Findings", "The featured image has no alt text."),
        "wire_copy_uncredited": QCoreApplication.translate(
            "Findings",
            "{percent}% of the body is verbatim {agency} copy: the credit line must name {agency} "
            "(e.g. “with {agency}”).",
        ),
        "wire_copy_credit_missing": QCoreApplication.translate(
            "Findings",
            "{percent}% of the body is verbatim {agency} copy and the credit line does not name {agency}.",
        ),
        "checklist_failed": QCoreApplication.translate("Findings", "The checklist could not run: {error}"),
    }


def describe(problem: Problem) -> str:
    """The finding as one sentence for the checklist pane, a tooltip or the status bar."""
    params = dict(problem.params)
    if params.get("url") == "" and problem.code == "link_invalid":
        params["url"] = QCoreApplication.translate("Findings", "(empty)")
    template = _templates().get(problem.code)
    text = template.format(**params) if template else problem.code
    line = params.get("line")
    if not line:
        return text
    return QCoreApplication.translate("Findings", "Line {line}: {finding}").format(
        line=line, finding=text[0].lower() + text[1:]
    )
