"""The one logging set-up of the command line and the desktop: a rotating file in the data folder.

Every module logs to `logging.getLogger(__name__)`; what reaches the file is INFO and up (imports,
merges and backups write their one-line summaries; bugs their tracebacks), or the level named
by KOTRA_INVEST_LOG_LEVEL (e.g. DEBUG when support asks for it). The file turns over at 2 MB and
five old ones are kept, so a long-lived office PC never fills its disk with logs.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kotra_invest.config import data_dir

ENV_LEVEL = "KOTRA_INVEST_LOG_LEVEL"
ROOT_LOGGER = "kotra_invest"
MAX_BYTES = 2 * 1024 * 1024
KEEP = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def log_file() -> Path:
    return data_dir() / "logs" / "kotra-invest.log"


def setup_logging() -> Path | None:
    """Attach the rotating file to the package's logger (once); the file's path, or None when the
    data folder cannot be written (a read-only profile: the program still runs, unlogged)."""
    logger = logging.getLogger(ROOT_LOGGER)
    level = os.environ.get(ENV_LEVEL, "INFO").upper()
    logger.setLevel(level if level in logging.getLevelNamesMapping() else logging.INFO)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # delay: the file is opened on the first record, so a start that logs nothing touches no disk.
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    return path
