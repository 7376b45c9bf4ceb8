"""Domain errors: a stable code, the values it speaks of, and words for a user in ko or en.

Services raise these and nothing else for conditions a user can act on; the CLI prints the
message on one line, the desktop turns the code into a message next to the field.
"""

from __future__ import annotations

from typing import Any

from kotra_invest.catalog import Message, msg, with_particles
from kotra_invest.domain.kinds import RECORD_KINDS

# code -> its English sentence in the catalogue (kotra_invest/catalog.py); {placeholders} are filled from the error's params.
MESSAGES: dict[str, Message] = {
    "required": msg("domain.errors", "{field} is required."),
    "too_long": msg("domain.errors", "{field} may not be longer than {max} characters."),
    "invalid_value": msg("domain.errors", "{field} has an invalid value: {value}"),
    "negative_amount": msg("domain.errors", "{field} must not be negative."),
    "amount_too_large": msg("domain.errors", "{field} is too large: {value}"),
    "positive_amount": msg("domain.errors", "{field} must be more than zero."),
    "date_out_of_range": msg("domain.errors", "{field} must be between 1900 and 2100: {value}"),
    "invalid_currency": msg("domain.errors", "A currency is an ISO 4217 code such as USD or KRW: {value}"),
    "rate_of_usd": msg("domain.errors", "USD needs no rate (1 USD = 1 USD)."),
    "invalid_rate": msg("domain.errors", "A rate is the currency's units per US dollar, a number above 0: {value}"),
    "rates_file_unreadable": msg("domain.errors", "Cannot read the rates file: {reason}."),
    "rates_file_row": msg("domain.errors", "Rates file, line {line}: {reason} Nothing was saved."),
    "invalid_weight": msg("domain.errors", "A weight is a number from -10 to 10 (e.g. 3, 0.5, -1): {value}"),
    "invalid_quarter": msg("domain.errors", "A quarter is 1 to 4: {value}"),
    "invalid_probability": msg("domain.errors", "Probability must be between 0 and 100."),
    "date_order": msg("domain.errors", "The end date cannot be before the start date."),
    "unknown_time_zone": msg("domain.errors", "Unknown time zone: {value}"),
    "nonexistent_local_time": msg(
        "domain.errors", "{value} does not exist on that city's clocks (the clocks go forward then)."
    ),
    "invalid_email": msg("domain.errors", "Not a valid e-mail address: {value}"),
    "not_found": msg("domain.errors", "No {entity} found for: {key}"),
    "merge_same_record": msg("domain.errors", "A record cannot be merged with itself."),
    "merge_changed": msg("domain.errors", "The records changed after the merge; the merge cannot be undone."),
    # Contacts: a duplicate person is the same person at the same company (services/merging).
    "merge_other_investor": msg(
        "domain.errors",
        "{drop} is a contact of {drop_investor} and {keep} of {keep_investor}: only two contacts of the same "
        "investor can be merged.",
    ),
    "merge_adviser_with_person": msg(
        "domain.errors",
        "{adviser} is a contact of no investor (an adviser) and {person} is at {investor}: an adviser can be "
        "merged only with another adviser.",
    ),
    "ambiguous": msg("domain.errors", "'{key}' matches several {entity} records: {candidates}"),
    "stale": msg("domain.errors", "Someone else changed this {entity} meanwhile. Reload it before saving."),
    "deleted": msg("domain.errors", "This {entity} has been deleted."),
    "confidential_needs_code_name": msg("domain.errors", "A confidential project needs a code name."),
    "lost_needs_reason": msg("domain.errors", "Moving a project to 'lost' needs a reason."),
    "empty_query": msg("domain.errors", "Enter something to search for."),
    "database_url": msg("domain.errors", "Not a usable database URL: {value}"),
    "database_unreachable": msg("domain.errors", "Cannot connect to the database ({url}): {reason}"),
    "not_our_database": msg(
        "domain.errors", "This file holds another program's data, not a kotra-invest database: {path}"
    ),
    "database_busy": msg(
        "domain.errors", "Another task (an import?) is writing to the database; try again in a moment."
    ),
    "database_corrupt": msg("domain.errors", "The database file is damaged or not a database: {path}"),
    "database_corrupt_backup": msg(
        "domain.errors",
        'The database file is damaged: {path}. Restore the latest good backup with: kotra-invest db restore "{backup}"',
    ),
    "schema_too_new": msg(
        "domain.errors", "This database was made by a newer kotra-invest ({revision}); please update the program."
    ),
    "schema_outdated": msg("domain.errors", "The database schema is out of date; run 'kotra-invest db upgrade'."),
    "read_only": msg("domain.errors", "{login} has read-only access and cannot make changes."),
    "admin_only": msg("domain.errors", "Only an administrator can do this ({login} is not one)."),
    "cancelled": msg("domain.errors", "Cancelled; any existing file is unchanged."),
    "access_reason_required": msg(
        "domain.errors", 'Printing or downloading personal data needs a reason: give it with --reason "…".'
    ),
    "retention_too_short": msg(
        "domain.errors", "The access log must be kept at least {min} days ({value} is too short)."
    ),
    "audit_chain_broken": msg(
        "domain.errors", "The {chain} hash chain is broken at entry {entry} ({when}, {table}): {reason}"
    ),
    "write_failed": msg("domain.errors", "Cannot write {path}: {reason}"),
    "wrong_extension": msg("domain.errors", "The file to write must end in {extension}: {path}"),
    "backup_failed": msg("domain.errors", "Backup failed: {reason}"),
    "restore_failed": msg("domain.errors", "Restore failed: {reason}"),
    "not_supported": msg("domain.errors", "{what} is not supported on this database."),
    "demo_not_empty": msg(
        "domain.errors", "The database already holds investors; demo data goes only into an empty database."
    ),
    # --- desktop page services (projects, contacts, interactions, tasks, FEZ, delegation page) ---
    "not_of_investor": msg("domain.errors", "The {field} chosen belongs to another investor."),
    "consent_date_without_answer": msg("domain.errors", "A consent date needs a consent answer (given or withdrawn)."),
    "already_a_target": msg("domain.errors", "This investor is already on the delegation's list to meet."),
    # --- mission packs (sync) ---
    "pack_missing": msg("domain.errors", "Cannot open the mission pack {path}: {reason}"),
    "pack_not_found": msg("domain.errors", "There is no mission pack at {path} (was it moved or deleted?)."),
    "not_a_pack": msg("domain.errors", "This file is not a kotra-invest mission pack: {path}"),
    "pack_locked": msg("domain.errors", "The mission pack is damaged, or protected by a passphrase (give it): {path}"),
    "pack_wrong_passphrase": msg(
        "domain.errors", "Wrong passphrase for the mission pack (or the file is damaged): {path}"
    ),
    "pack_damaged": msg("domain.errors", "The mission pack is damaged; nothing was merged: {path}"),
    "pack_outdated": msg(
        "domain.errors",
        "The mission pack was made by an older kotra-invest; open it in the app once, then merge it: {path}",
    ),
    "pack_too_new": msg(
        "domain.errors", "The mission pack was made by a newer kotra-invest; please update the program: {path}"
    ),
    "pack_other_database": msg(
        "domain.errors", "This mission pack was cut from another database ({source}) and cannot be merged here: {path}"
    ),
    "merge_unresolved": msg("domain.errors", "{count} conflict(s) are unresolved; nothing was merged."),
    "merge_conflicts_report": msg(
        "domain.errors", "{count} conflict(s); nothing was merged. See {report} (or choose with --prefer pack|home)."
    ),
    "merge_home_changed": msg(
        "domain.errors", "A {entity} record changed here since the merge was planned; plan the merge again."
    ),
    "pack_left_wal": msg(
        "domain.errors",
        "Saved edits are not in this file but in {path} beside it: open and close the pack in the app once, then copy it.",
    ),
    "pack_left_journal": msg(
        "domain.errors", "The app stopped while writing a change ({path}); that change is not in this pack."
    ),
    "pack_copied_open": msg(
        "domain.errors",
        "This file was copied while the pack was open on {host} (since {since}), or the app never closed it: edits made after that are not in it.",
    ),
    "merge_already_home": msg(
        "domain.errors", "already home: a newer copy of this pack was merged before; this older value was not applied"
    ),
    "merge_erased": msg("domain.errors", "erased on request, not restored"),
    "merge_depends_on_refused": msg(
        "domain.errors", "belongs to a {entity} record that was refused, so it was not brought in"
    ),
    "merge_twin": msg(
        "domain.errors", "probably the same {entity} created on both sides ({why}): merge the two records"
    ),
    "merge_forbidden": msg(
        "domain.errors", "The mission pack changes a confidential project you may not see; nothing was merged."
    ),
    "passphrase_file": msg("domain.errors", "Cannot read the passphrase file {path}: {reason}"),
    # --- server: roles, history, personal data, connections ---
    "not_permitted": msg("domain.errors", "You may not change this {entity} record (it belongs to {owner})."),
    # The same refusal of a record being added (DomainError's `sentence`): what it would be added
    # to, or whose it would be — not a "change" of a record the officer never had.
    "not_permitted_add": msg(
        "domain.errors", "You may not add {entity} records to this {parent}: it belongs to {owner}."
    ),
    "not_permitted_new": msg("domain.errors", "You may not add this {entity} record: it would belong to {owner}."),
    # A delete takes the documents filed under the record, all or none (services/records.py): one the
    # officer may not change stops it. Whose they are is said, never their names (a confidential
    # project's papers).
    "delete_blocked": msg(
        "domain.errors",
        "This {entity} cannot be deleted: {count} document(s) filed under it belong to {owner}, and you may not "
        "delete them; ask them to delete those documents first, or ask an administrator to delete the {entity}.",
    ),
    "restore_blocked": msg(
        "domain.errors",
        "This {entity} cannot be restored: {count} document(s) deleted with it belong to {owner}, and you may "
        "not restore them; ask an administrator to restore the {entity}.",
    ),
    "server_refused": msg(
        "domain.errors", "The server refused this change: you may not change this record ({reason})."
    ),
    "login_on_server": msg(
        "domain.errors",
        "--login cannot be used on a shared server: connect with your own server login (you are {user}).",
    ),
    "not_database_owner": msg("domain.errors", "Only the database's owner may run 'server init' (you are {user})."),
    "not_a_server": msg("domain.errors", "This works only on a shared PostgreSQL server: {what}"),
    "password_file": msg("domain.errors", "Cannot read the password file {path}: {reason}"),
    "passwords_differ": msg("domain.errors", "The two passwords typed differ; nothing was changed."),
    "not_a_login": msg("domain.errors", "{login} is a server role that cannot be made a kotra-invest user."),
    "no_database": msg(
        "domain.errors",
        "There is no database at {path}: create one with 'kotra-invest db upgrade' (empty) or 'kotra-invest demo'.",
    ),
    "everyone_not_permitted": msg("domain.errors", "Only administrators and delegation leaders see everyone's tasks."),
    "officer_exists": msg("domain.errors", "An officer with login {login} already exists."),
    "last_admin": msg("domain.errors", "The last active administrator cannot lose the role or be deactivated."),
    "not_restorable": msg("domain.errors", "This change cannot be restored: {reason}"),
    "erased": msg("domain.errors", "This contact's personal data has been erased."),
    "keyring_unavailable": msg(
        "domain.errors", "No secure password store (OS keyring) is available; enter the password each time you connect."
    ),
    "server_auth_failed": msg("domain.errors", "Cannot sign in to {url}: check the user name and password."),
    # --- import ---
    "header_name_taken": msg("domain.errors", "{value} already names the {field} column."),
    "synonym_taken": msg("domain.errors", "{value} already names {row}."),
    "unknown_filter_code": msg(
        "domain.errors", "Unknown code for {kind}: {value} (see 'kotra-invest reference list {kind}')."
    ),
    "import_unknown_owner_stop": msg(
        "domain.errors",
        "Row {row} names {value} as owner, who is no officer here: the import stopped and stored nothing.",
    ),
    "import_too_large": msg(
        "domain.errors",
        "{path} was not opened: it unpacks to {size}, more than the import limit of {limit}; split the file or raise the setting {setting}.",
    ),
    "import_too_many_cells": msg(
        "domain.errors",
        "{path} holds more than {cells} cells, over the import limit of {limit}; split the file or raise the setting {setting}.",
    ),
    "import_drm": msg(
        "domain.errors",
        "{path}: this file is protected by document security software: save an unprotected copy or ask your security officer.",
    ),
    "import_file_missing": msg("domain.errors", "File not found: {path}"),
    "import_unreadable": msg("domain.errors", "Cannot read {path}: {reason}"),
    "import_empty": msg("domain.errors", "{path} is empty: there is nothing to import."),
    "import_no_rows": msg("domain.errors", "{path} has no rows under its header: there is nothing to import."),
    "import_encrypted": msg(
        "domain.errors", "{path} is password-protected. Remove the password in Excel, save, and import it again."
    ),
    "import_legacy_xls": msg(
        "domain.errors", "{path} is an old Excel (.xls) workbook. Save it as .xlsx in Excel and import that."
    ),
    "import_not_spreadsheet": msg("domain.errors", "{path} is not an Excel (.xlsx) or CSV file, or it is damaged."),
    "import_encoding": msg(
        "domain.errors", "Cannot tell the character encoding of {path} (neither UTF-8 nor CP949); choose the encoding."
    ),
    "import_encoding_unknown": msg("domain.errors", "Unknown encoding: {encoding}"),
    "import_encoding_wrong": msg("domain.errors", "{path} cannot be read as {encoding}."),
    "import_no_sheet": msg("domain.errors", "There is no sheet '{sheet}'. Sheets: {sheets}"),
    "import_no_header": msg(
        "domain.errors",
        "No header row (column names) found in {path}; the first rows should name columns such as 'Company name'.",
    ),
    "import_bad_mapping": msg("domain.errors", "The column mapping {path} cannot be used: {reason}"),
    "import_mapping_mismatch": msg("domain.errors", "The column mapping does not belong to the headers of {path}."),
    "import_mapping_incomplete": msg("domain.errors", "No column is mapped to the required fields: {fields}"),
    "import_bad_amount": msg("domain.errors", "Not an amount: {value} (e.g. 4억2000만, USD 12.5M, 12,500,000)"),
    "import_bad_date": msg("domain.errors", "Not a date: {value} (e.g. 2026.3.4, 2026-03-04)"),
    # The same code, said by a date-time box (importers/values.parse_day_and_time).
    "import_bad_date_time": msg(
        "domain.errors", "Not a date and time: {value} (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)"
    ),
    "import_ambiguous_date": msg(
        "domain.errors", "{value} could be day/month or month/day; write it year-month-day like 2026-03-04."
    ),
    "import_bad_phone": msg("domain.errors", "Not a valid phone number: {value}"),
    "import_unknown_reference": msg("domain.errors", "Not in the reference data: {value} (closest: {hint})"),
    "import_unknown_officer": msg("domain.errors", "No officer with this login or name: {value}"),
    "import_unknown_choice": msg("domain.errors", "{value} is not one of: {choices}"),
    "import_investor_unknown": msg(
        "domain.errors", "No investor '{value}' in the database; import the investors first."
    ),
    "import_investor_ambiguous": msg("domain.errors", "'{value}' matches several investors: {candidates}"),
    "import_contact_unknown": msg("domain.errors", "No contact '{value}' at this investor."),
    "import_contact_ambiguous": msg(
        "domain.errors",
        "'{value}' is the name of several contacts of no investor (advisers): give the e-mail of the one meant "
        "({candidates}).",
    ),
    # The same when the row's investor has several people of that name (importers/run.py namesakes).
    "import_contact_namesakes": msg(
        "domain.errors",
        "{investor} has several contacts named '{value}': give the e-mail of the one meant ({candidates}).",
    ),
    "import_contact_elsewhere": msg(
        "domain.errors",
        "{value} is the e-mail of {name} at {investor}, not at {row_investor}: an import does not move contacts "
        "between investors (move them at the desk, or correct the e-mail).",
    ),
    # The same refusal when that contact is of no investor (an adviser, who may sit in any
    # investor's meetings): tying them to the row's investor is the desk's decision too.
    "import_contact_of_no_investor": msg(
        "domain.errors",
        "{value} is the e-mail of {name}, a contact of no investor (an adviser), not of a person at {row_investor}: "
        "an import does not tie a contact to an investor (add the person at the desk, or correct the e-mail).",
    ),
    "import_meeting_contact_elsewhere": msg(
        "domain.errors",
        "{value} is the e-mail of {name} at {investor}, not at {row_investor}: a meeting, call or e-mail is with "
        "its own investor's people (correct the e-mail or the investor).",
    ),
    "import_needs_delegation": msg(
        "domain.errors", "Choose the delegation the itinerary or members belong to (command line: --delegation)."
    ),
    "import_project_unknown": msg(
        "domain.errors", "No project '{value}' of '{investor}' in the database; import the projects first."
    ),
    "import_subject_unknown": msg(
        "domain.errors", "No project, investor or delegation '{value}' in the database; import those lists first."
    ),
    "import_subject_ambiguous": msg("domain.errors", "'{value}' matches several records: {candidates}"),
    "import_bad_destination": msg("domain.errors", "Not a destination: {value} (e.g. Frankfurt (DE), Boston (US))"),
    "import_city_zone_unknown": msg(
        "domain.errors",
        "No time zone is known for {value}; add this destination in the delegation window, where its zone is picked.",
    ),
}


# The words for field names that appear in messages; a field not listed is shown as named.
FIELD_LABELS: dict[str, Message] = {
    # The delegations and tasks lists read back by the import (its messages and preview columns).
    "objectives": msg("domain.errors", "Objectives"),
    "completed_at": msg("domain.errors", "Completed at"),
    "lead_provinces": msg("domain.errors", "Lead provinces"),
    "destinations": msg("domain.errors", "Destinations"),
    "about": msg("domain.errors", "About"),
    "dates": msg("domain.errors", "Dates"),
    "contact_name": msg("domain.errors", "Contact person"),
    "contact_title": msg("domain.errors", "Contact's job title"),
    "contact_email": msg("domain.errors", "Contact e-mail"),
    "contact_phone": msg("domain.errors", "Contact phone"),
    "project_title": msg("domain.errors", "Project title"),
    "project_capex": msg("domain.errors", "Planned investment"),
    "project_currency": msg("domain.errors", "Currency"),
    "project_stage": msg("domain.errors", "Project stage"),
    "meeting_date": msg("domain.errors", "Last contact"),
    "meeting_summary": msg("domain.errors", "Last contact notes"),
    "place": msg("domain.errors", "Place"),
    "their_participants": msg("domain.errors", "Their participants"),
    "our_participants": msg("domain.errors", "Our participants"),
    "size": msg("domain.errors", "Company size"),
    "tags": msg("domain.errors", "Tags"),
    "in_korea": msg("domain.errors", "Operates in Korea"),
    "hq_city": msg("domain.errors", "HQ city"),
    "korean_sites": msg("domain.errors", "Korean sites"),
    "weight": msg("domain.errors", "Recommendation weight"),
    "limit": msg("domain.errors", "Limit"),
    "name": msg("domain.errors", "Name"),
    "name_ko": msg("domain.errors", "Korean name"),
    "target_industry": msg("domain.errors", "Target industry"),
    "website": msg("domain.errors", "Website"),
    "owner": msg("domain.errors", "Owner"),
    "merged_from": msg("domain.errors", "Merged from"),
    "merged_into_id": msg("domain.errors", "Merged into"),
    "notes": msg("domain.errors", "Notes"),
    "title": msg("domain.errors", "Title"),
    "title_en": msg("domain.errors", "English title"),
    "year": msg("domain.errors", "Year"),
    "lead_province": msg("domain.errors", "Lead province"),
    "city": msg("domain.errors", "City"),
    "time_zone": msg("domain.errors", "Time zone"),
    "email": msg("domain.errors", "E-mail"),
    "query": msg("domain.errors", "Search text"),
    "status": msg("domain.errors", "Status"),
    "sort": msg("domain.errors", "Sort"),
    "output": msg("domain.errors", "Output file"),
    "amount": msg("domain.errors", "Amount"),
    "capex": msg("domain.errors", "Expected capex"),
    "starts_local": msg("domain.errors", "Start time"),
    "ends_local": msg("domain.errors", "End time"),
    "ends_on": msg("domain.errors", "End date"),
    # --- desktop page services (projects, contacts, interactions, tasks, FEZ, delegation page) ---
    "stage": msg("domain.errors", "Stage"),
    "code_name": msg("domain.errors", "Code name"),
    "lost_reason": msg("domain.errors", "Reason lost"),
    "capex_currency": msg("domain.errors", "Capex currency"),
    "expected_jobs": msg("domain.errors", "Expected jobs"),
    "probability": msg("domain.errors", "Probability"),
    "full_name": msg("domain.errors", "Full name"),
    "job_title": msg("domain.errors", "Job title"),
    "phone": msg("domain.errors", "Phone"),
    "consent_on": msg("domain.errors", "Consent date"),
    "source": msg("domain.errors", "Source"),
    "occurred_at": msg("domain.errors", "Date and time"),
    "summary": msg("domain.errors", "Summary"),
    "outcome": msg("domain.errors", "Outcome"),
    "assignee": msg("domain.errors", "Assignee"),
    "due_on": msg("domain.errors", "Due date"),
    "starts_on": msg("domain.errors", "Start date"),
    "leads_generated": msg("domain.errors", "Leads generated"),
    "on_date": msg("domain.errors", "Date"),
    "currency": msg("domain.errors", "Currency"),
    "units_per_usd": msg("domain.errors", "Rate (units per USD)"),
    "exchange rate": msg("domain.errors", "exchange rate"),
    "direct_country": msg("domain.errors", "Direct investor's country"),
    "new_or_additional": msg("domain.errors", "New / additional"),
    "note": msg("domain.errors", "Note"),
    "priority": msg("domain.errors", "Priority"),
    "talking_points": msg("domain.errors", "Talking points"),
    "meetings_held": msg("domain.errors", "Meetings held"),
    "mous": msg("domain.errors", "MOUs signed"),
    "pledged_usd": msg("domain.errors", "Pledged (USD)"),
    "leader": msg("domain.errors", "Leader"),
    "organisation": msg("domain.errors", "Organisation"),
    "position": msg("domain.errors", "Position"),
    "merge_report": msg("domain.errors", "Merge report"),
    "results": msg("domain.errors", "Results summary"),
    # --- server ---
    "login": msg("domain.errors", "Login"),
    "role": msg("domain.errors", "Role"),
    "audit_entry": msg("domain.errors", "Change record"),
    "reason": msg("domain.errors", "Reason"),
    "host": msg("domain.errors", "Server"),
    "port": msg("domain.errors", "Port"),
    "database": msg("domain.errors", "Database"),
    "user": msg("domain.errors", "User"),
    "sslmode": msg("domain.errors", "SSL mode"),
    # --- kinds of records ("This {entity} has been deleted."), as every other place names them ---
    **RECORD_KINDS,
}


class DomainError(Exception):
    """A condition the user can act on. `field` names the input it is about, if any."""

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        # A code may be said more than one way: the raiser names the sentence (`sentence`), and the
        # code stays the one callers test.
        ko, en = MESSAGES.get(
            str(self.params.get("sentence", self.code)), MESSAGES.get(self.code, ("{code}", "{code}"))
        )
        template = ko if lang == "ko" else en
        label = FIELD_LABELS.get(self.field or "", (self.field or "", self.field or ""))
        # A catalogue Message given as a value (a reason) is said in the reader's language too.
        params = {k: v.text(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        values = {"code": self.code, "field": label[0] if lang == "ko" else label[1], **params}
        # A value given in both languages (owner_ko, owner_en) fills {owner} in the reader's.
        values |= {k[:-3]: v for k, v in self.params.items() if k.endswith(f"_{'ko' if lang == 'ko' else 'en'}")}
        for kind in ("entity", "parent"):  # record kinds, said as words
            entity = FIELD_LABELS.get(str(self.params.get(kind, "")))
            if entity is not None and lang == "ko":  # "delegation" reads as 투자유치단 in a Korean sentence
                values[kind] = entity[0]
            elif entity is not None:  # "fdi_amount" reads as "FDI amount", "interaction" stays lower case
                english = entity[1]
                values[kind] = english if english[1:2].isupper() else english[:1].lower() + english[1:]
        if lang == "ko":  # "{entity}이(가)" -> 투자유치단이, 프로젝트가
            template = with_particles(template, values)
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template


class ValidationError(DomainError):
    """Input breaks a rule of the domain; nothing was written."""


class NotFound(DomainError):
    """`deleted`: the record is there but deleted (someone deleted it while the user's list still
    showed it), said as such instead of "No investor found for: <its id>"."""

    def __init__(self, entity: str, key: object, *, deleted: bool = False) -> None:
        super().__init__("not_found", entity=entity, key=key, **({"sentence": "deleted"} if deleted else {}))


class Ambiguous(DomainError):
    def __init__(self, entity: str, key: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__("ambiguous", entity=entity, key=key, candidates="; ".join(candidates))


class StaleRecord(DomainError):
    """The record changed in the database since it was read (optimistic locking)."""

    def __init__(self, entity: str) -> None:
        super().__init__("stale", entity=entity)


class StorageError(DomainError):
    """The database cannot be used: wrong URL, unreachable server, damaged file, wrong schema."""
