"""Article files in and out: Markdown with YAML front matter, and IPTC ninjs JSON.

``read_article_file`` picks the reader by extension and turns every problem (not UTF-8, binary,
empty, too large, malformed YAML or JSON, bad values) into one ``ImportFailed`` with a one-line
message, never a traceback.
"""

from editor.importers import frontmatter, ninjs
from editor.importers.errors import ImportFailed
from editor.importers.files import MAX_FILE_BYTES, read_article_file

__all__ = ["MAX_FILE_BYTES", "ImportFailed", "frontmatter", "ninjs", "read_article_file"]
