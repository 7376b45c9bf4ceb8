"""Every public use case in services/ can be reached from the desktop or the command line.

A use case nobody can call is not done (issue 19 found twenty). The check reads the code, not the
running app: starting from every module of `ui/`, `cli.py` and `commands/`, it follows the names each
function and class uses (through imports, `module.name` and `from module import name`) into any
module of the package, and lists the public functions of `services/` it never reaches. A function
that is a building block for other services rather than a use case is allowed by name, with why.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kotra_invest"

# Public service functions that are not use cases of their own: (module.function) -> why.
INTERNAL = {
    # records: the pieces every record service is built from
    "records.writer": "a check inside write use cases",
    "records.live": "a lookup inside services",
    "records.project_visible": "the confidentiality rule inside services",
    "records.visible_project": "the confidentiality rule inside services",
    "records.project_shown": "the confidentiality rule inside services",
    "records.officer_id": "resolves a login inside drafts",
    "records.officer_login": "renders a login inside drafts",
    "records.linked": "link check inside drafts",
    "records.linked_project": "link check inside drafts",
    "records.checked": "the edit rule inside status use cases",
    # access: the rules, called by every service
    "access.principal": "the rules, called inside services",
    "access.require_write": "the rules, called inside services",
    "access.require_admin": "the rules, called inside services",
    "access.require_edit_investor": "the rules, called inside services",
    "access.require_edit_delegation": "the rules, called inside services",
    "access.may_see_confidential": "the rules, called inside services",
    "access.visible_projects": "the rules, called inside services",
    "access.visible_project_ids": "the rules, called inside services",
    "access.visible_interaction_ids": "the rules, called inside services",
    # unit of work and its audit hook
    "unit_of_work.unit_of_work": "the session of every use case",
    "unit_of_work.translate_database_error": "inside the unit of work",
    "unit_of_work.audit_text": "how the audit trail writes a value",
    # validation: field checks used by drafts
    **{
        f"validation.{name}": "a field check inside drafts"
        for name in (
            "text",
            "required_text",
            "email",
            "amount",
            "currency",
            "probability",
            "date_range",
            "time_zone",
        )
    },
    # row builders and queries shared by pages
    "projects.rows_query": "the table's query, shared with the investor and project pages",
    "projects.to_rows": "row builder shared by pages",
    "projects.fdi_sums": "row builder shared by pages",
    "projects.usd": "row builder shared by pages",
    "projects.stage_changes": "the stage history, read inside the project page's unit of work",
    "projects.amount_rows": "fdi_amounts inside another unit of work (the project page)",
    "interactions.rows_query": "shared with the investor and project pages",
    "interactions.to_row": "shared with the investor and project pages",
    "interactions.timeline_rows": "the timeline inside the investor page's unit of work",
    "interactions.not_hidden": "the confidentiality rule for linked rows",
    "tasks.rows_query": "shared with the investor and project pages",
    "tasks.to_rows": "shared with the investor and project pages",
    "contacts.contacts_of": "the contacts inside the investor page's unit of work",
    "search.like_pattern": "LIKE escaping used by list filters",
    "search.kind_query": "one kind's whole ranked query, for the test that checks the index is used and for bench/search.py; the search box runs its stages",
    "projects.totals": "the project page's totals, a pure function",
    "reference.id_for_code": "resolves a reference code inside drafts",
    # named shorthands of the generic use cases (records.create/get/update with the kind): the desktop
    # goes through records.* with the Kind; scripts and tests read better with the name
    "interactions.create_interaction": "shorthand of records.create(ctx, INTERACTION, …); the desktop logs with meetings.log_meeting",
    "projects.create_project": "shorthand of records.create(ctx, PROJECT, …)",
    "delegations.add_member": "shorthand of records.create(ctx, DELEGATION_MEMBER, …, delegation_id=…)",
    "delegations.add_organisation": "shorthand of records.create(ctx, DELEGATION_ORGANISATION, …, delegation_id=…)",
    "tasks.tasks_for": "the record pages read their tasks in their own unit of work; kept for scripts",
    "dashboard.overdue_tasks": "load_dashboard reads the same in its unit of work",
    "dashboard.upcoming_trips": "load_dashboard reads the same in its unit of work",
    "officers.ensure_officer": "registration on a shared server's first sign-in (tests); the file's owner uses ensure_file_owner",
}


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


class _Module:
    def __init__(self, path: Path) -> None:
        self.name = _module_name(path)
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.defs: dict[str, ast.AST] = {}
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                self.defs[node.name] = node


def _modules() -> dict[str, _Module]:
    return {m.name: m for m in (_Module(p) for p in PACKAGE.rglob("*.py"))}


_IMPORTS: dict[str, tuple[dict[str, str], dict[str, tuple[str, str]]]] = {}


def _imports(module: str, modules: dict[str, _Module]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """A module's imported modules (local name -> module) and names (local name -> (module, name))."""
    if module in _IMPORTS:
        return _IMPORTS[module]
    aliases: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    for sub in ast.walk(modules[module].tree):  # imports anywhere in the module (many are inside functions)
        if isinstance(sub, ast.ImportFrom) and sub.module and sub.module.startswith("kotra_invest"):
            for alias in sub.names:
                local = alias.asname or alias.name
                if f"{sub.module}.{alias.name}" in modules:
                    aliases[local] = f"{sub.module}.{alias.name}"
                else:
                    names[local] = (sub.module, alias.name)
        elif isinstance(sub, ast.Import):
            for alias in sub.names:
                if alias.name in modules and alias.asname:
                    aliases[alias.asname] = alias.name
    _IMPORTS[module] = aliases, names
    return aliases, names


def _references(node: ast.AST, module: str, modules: dict[str, _Module]) -> set[tuple[str, str]]:
    """(module, name) pairs a piece of code uses: its own module's names, imported names, module.attr."""
    aliases, names = _imports(module, modules)
    found: set[tuple[str, str]] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            if sub.id in names:
                found.add(names[sub.id])
            elif sub.id in modules[module].defs:
                found.add((module, sub.id))
        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id in aliases:
            found.add((aliases[sub.value.id], sub.attr))
    return found


def unreached() -> list[str]:
    modules = _modules()
    roots = [
        m
        for m in modules
        if m.startswith(("kotra_invest.ui", "kotra_invest.commands"))
        or m in ("kotra_invest.cli", "kotra_invest.__main__")
    ]
    seen: set[tuple[str, str]] = set()
    queue: deque[tuple[str, ast.AST]] = deque()
    for name in roots:
        queue.append((name, modules[name].tree))
    for name, module in modules.items():  # module-level code (constants, Kind declarations) runs on import
        body = ast.Module(body=[n for n in module.tree.body if n not in module.defs.values()], type_ignores=[])
        queue.append((name, body))
    while queue:
        module, node = queue.popleft()
        for target in _references(node, module, modules):
            if target in seen or target[0] not in modules or target[1] not in modules[target[0]].defs:
                continue
            seen.add(target)
            queue.append((target[0], modules[target[0]].defs[target[1]]))
    missing = []
    for name, module in modules.items():
        if not name.startswith("kotra_invest.services."):
            continue
        short = name.removeprefix("kotra_invest.services.")
        for func, node in module.defs.items():
            if isinstance(node, ast.ClassDef) or func.startswith("_"):
                continue
            if (name, func) not in seen and f"{short}.{func}" not in INTERNAL:
                missing.append(f"{short}.{func}")
    return sorted(missing)


def test_every_public_service_function_is_reachable_from_the_desktop_or_the_cli() -> None:
    assert unreached() == [], "no caller in ui/ or the CLI; give it one, or add it to INTERNAL with why"


def test_the_allowlist_names_only_functions_that_exist() -> None:
    modules = _modules()
    stale = [
        key for key in INTERNAL if key.split(".")[1] not in modules[f"kotra_invest.services.{key.split('.')[0]}"].defs
    ]
    assert stale == []


# Deleting and restoring is records.delete/records.restore with the record's Kind. What is left by hand
# is not a tombstone of one record: -> why.
HAND_DELETES = {
    "documents.delete_document": "a document is a series of versions; the tombstone is the series' current one",
    "documents.restore_document": "its undo",
    "fx.delete_rate": "a dated rate is keyed by (currency, date), replaced in place by the next upsert",
    "fx.restore_rates": "puts several (currency, date) keys back as they were, rates or none",
    "owners.restore_owners": "the undo of an owner change over a selection, not a delete",
    "history.restore_value": "puts one field's earlier value back from the audit trail",
    "synonyms.remove_synonym": "a reference synonym is removed for good (no tombstone, nothing points at it)",
    "database.restore_backup": "a whole database file from a backup",
    "connections.delete_profile": "a saved connection on this PC, not a record",
}


def test_deletes_and_restores_go_through_the_one_edit_path() -> None:
    """Issue 19 replaced 27 hand-copied delete_x/restore_x use cases by records.delete/restore; a new
    copy fails here until it goes through its Kind (or is listed above with why)."""
    by_hand = sorted(
        f"{name.removeprefix('kotra_invest.services.')}.{func}"
        for name, module in _modules().items()
        if name.startswith("kotra_invest.services.")
        for func, node in module.defs.items()
        if not isinstance(node, ast.ClassDef) and func.startswith(("delete_", "restore_", "remove_", "undelete_"))
    )
    assert by_hand == sorted(HAND_DELETES)
