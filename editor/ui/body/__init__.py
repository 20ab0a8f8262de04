"""The Markdown body editor: rich-feeling editing of the Markdown source that is stored."""

from editor.ui.body.editor import BodyEditor

__all__ = ["BodyEditor"]
