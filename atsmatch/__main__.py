"""``python -m atsmatch``: the same as the ``atsmatch`` command."""

import sys

from atsmatch.cli import main

sys.exit(main())
