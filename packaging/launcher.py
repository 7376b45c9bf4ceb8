"""The bundle's entry point: the same `kotra-invest` command a wheel installs."""

import sys

from kotra_invest.cli import main

if __name__ == "__main__":
    sys.exit(main())
