"""``python -m editor``: the same as the ``copydesk`` command (the editor window when given no command)."""

import sys

from editor.cli import main

sys.exit(main())
