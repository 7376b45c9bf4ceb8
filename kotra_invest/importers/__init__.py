"""Importing the Excel/CSV trackers officers keep: read, map columns, convert, de-duplicate, import.

The import wizard calls, in order: `open_source` → `suggest_mapping` (the user may `assign`
columns) → `preview` → `check` → `run_import`, then `write_error_workbook` for rows that failed.
"""

from kotra_invest.importers.error_book import ERROR_COLUMN, write_error_workbook
from kotra_invest.importers.mapping import (
    FIELDS,
    KINDS,
    FieldSpec,
    Mapping,
    load_mapping,
    remembered_mapping,
    save_mapping,
    suggest_mapping,
)
from kotra_invest.importers.read import SourceInfo, open_source
from kotra_invest.importers.run import (
    Duplicate,
    FieldChange,
    ImportReport,
    PreviewRow,
    RowError,
    check,
    import_file,
    preview,
    run_import,
    suggest,
)

__all__ = [
    "ERROR_COLUMN",
    "FIELDS",
    "KINDS",
    "Duplicate",
    "FieldChange",
    "FieldSpec",
    "ImportReport",
    "Mapping",
    "PreviewRow",
    "RowError",
    "SourceInfo",
    "check",
    "import_file",
    "load_mapping",
    "open_source",
    "preview",
    "remembered_mapping",
    "run_import",
    "save_mapping",
    "suggest",
    "suggest_mapping",
    "write_error_workbook",
]
