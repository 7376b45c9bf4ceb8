"""Start kotra-invest: `python main.py [--db URL]` opens the desktop app (any CLI command works too)."""

import sys

from kotra_invest.cli import main

if __name__ == "__main__":
    sys.exit(main())
