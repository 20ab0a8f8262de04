"""Entry script of the PyInstaller bundle: exactly what the ``copydesk`` console script runs."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
