"""``python -m ops_desktop`` is the same as the ``ops-desktop`` command."""

import sys

from ops_desktop.cli import main

sys.exit(main())
