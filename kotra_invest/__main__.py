"""`python -m kotra_invest …` is the same as `kotra-invest …`."""

import sys

from kotra_invest.cli import main

sys.exit(main())
