"""``python -m editor``: the same as the ``copydesk`` command (no arguments opens the window)."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
