"""Entry point of the bundled application (PyInstaller)."""

import sys

from ops_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
