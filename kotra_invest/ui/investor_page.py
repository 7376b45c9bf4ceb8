"""An investor's own window: company facts, contacts, projects with 신고/도착, activity, tasks, history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.enums import Consent
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import contacts, duplicates, tasks
from kotra_invest.services.aftercare import CASE
from kotra_invest.services.delegations import DELEGATION, MEETING_TARGET
from kotra_invest.services.duplicates import Match
from kotra_invest.services.incentives import INCENTIVE
from kotra_invest.services.interactions import INTERACTION
from kotra_invest.services.investors import INVESTOR, investor_page
from kotra_invest.services.projects import FDI_AMOUNT, PROJECT
from kotra_invest.services.read_models import InvestorPage
from kotra_invest.services.tasks import TASK
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import access_reason
from kotra_invest.ui.delegations import _fill, _full_summaries, _selected_id, _table
from kotra_invest.ui.documents import DocumentsPanel
from kotra_invest.ui.forms import (
    FormDialog,
    line_text,
    optional_date,
    optional_date_edit,
    plain_text,
    set_combo_data,
    set_optional_date,
    show_failure,
    with_buttons,
)
from kotra_invest.ui.investors import InvestorActions
from kotra_invest.ui.merge import guard_duplicates, merge_with_undo
from kotra_invest.ui.record_window import RecordWindow
from kotra_invest.ui.undo import Changed


class ContactEditor(FormDialog):
    """A person at the investor; consent to keep their data is recorded with its date."""

    def __init__(
        self, ctx: Context, investor_id: uuid.UUID, draft: contacts.ContactDraft | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(record_kind("contact", ctx.lang), ctx.lang, parent)
        self.investor_id = investor_id
        self.full_name = self.line("full_name", self.tr("Full name"), required=True, max_length=160)
        self.name_ko = self.line("name_ko", self.tr("Korean name"), max_length=160)
        self.job_title = self.line("job_title", self.tr("Job title"), max_length=160)
        self.email = self.line("email", self.tr("E-mail"), max_length=255)
        self.phone = self.line("phone", self.tr("Phone"), max_length=40)
        self.consent = QComboBox(self)
        for consent in Consent:
            self.consent.addItem(consent.label(ctx.lang), consent)
        set_combo_data(self.consent, Consent.NOT_ASKED)
        self.add_field("consent", self.tr("Consent to keep their data"), self.consent)
        self.consent_on = optional_date_edit(self)
        self.add_field("consent_on", self.tr("Consent date"), self.consent_on)
        self.source = self.line("source", self.tr("Source (business card, event …)"), max_length=160)
        self.notes = self.text_area("notes", self.tr("Notes"))
        if draft is not None:
            self.full_name.setText(draft.full_name)
            self.name_ko.setText(draft.name_ko or "")
            self.job_title.setText(draft.job_title or "")
            self.email.setText(draft.email or "")
            self.phone.setText(draft.phone or "")
            set_combo_data(self.consent, draft.consent)
            set_optional_date(self.consent_on, draft.consent_on)
            self.source.setText(draft.source or "")
            self.notes.setPlainText(draft.notes or "")

    def draft(self) -> contacts.ContactDraft:
        consent_on = optional_date(self.consent_on)
        return contacts.ContactDraft(
            full_name=self.full_name.text().strip(),
            investor_id=self.investor_id,
            name_ko=line_text(self.name_ko),
            job_title=line_text(self.job_title),
            email=line_text(self.email),
            phone=line_text(self.phone),
            consent=self.consent.currentData(),
            consent_on=consent_on,
            source=line_text(self.source),
            notes=plain_text(self.notes),
        )


class InvestorWindow(RecordWindow):
    """One investor, everything about them, in tabs."""

    entity = INVESTOR.entity
    follows = frozenset(
        k.entity
        for k in (INVESTOR, contacts.CONTACT, INTERACTION, PROJECT, FDI_AMOUNT, TASK, CASE, INCENTIVE, DELEGATION)
    ) | {MEETING_TARGET.entity}

    def __init__(
        self,
        ctx: Context,
        investor_id: uuid.UUID,
        undo_stack: QUndoGroup | QUndoStack | None,
        parent: QWidget | None = None,
        *,
        focus: str | None = None,
    ) -> None:
        super().__init__(undo_stack, parent)
        self.investor_id = self.record_id = investor_id
        self.page: InvestorPage | None = None
        self.build_frame(ctx, "investor_title", self.changed_here)  # its own undo history, heading, tabs, facts
        self.investor_actions = InvestorActions(
            ctx, self.undo_stack, self, self.changed_here, open_investor=lambda i: self._open_elsewhere("investor", i)
        )
        self.tabs.addTab(
            self._with_buttons(
                self.facts,
                [
                    (self.tr("&Edit…"), lambda: self.investor_actions.edit(self.investor_id)),
                    (self.tr("Export &profile…"), self.export_profile),
                ],
            ),
            self.tr("Company"),
        )
        self.contacts = _table(
            self,
            [self.tr("Name"), self.tr("Job title"), self.tr("E-mail"), self.tr("Phone"), self.tr("Consent")],
            "contacts",
        )
        self.contacts.doubleClicked.connect(lambda _i: self.edit_contact())
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two, to merge
        self.tabs.addTab(
            self._with_buttons(
                self.contacts,
                [
                    (self.tr("&Add contact…"), self.add_contact),
                    (self.tr("&Edit…"), self.edit_contact),
                    (self.tr("&Delete"), self.delete_contact),
                    (self.tr("&Merge two…"), self.merge_contacts),
                    (self.tr("E&xport personal data…"), self.export_contact_data),
                    (self.tr("E&rase on request…"), self.erase_contact),
                ],
            ),
            self.tr("Contacts"),
        )
        self.projects = _table(
            self,
            [
                self.tr("Project"),
                self.tr("Stage"),
                self.tr("Since"),
                self.tr("Target province"),
                self.tr("Notified (신고)"),
                self.tr("Arrived (도착)"),
            ],
            "projects",
            numeric=(4, 5),  # notified, arrived
        )
        self.projects.doubleClicked.connect(lambda _i: self._project_action("open"))
        self.tabs.addTab(
            self._with_buttons(
                self.projects,
                [
                    (self.tr("&New project…"), self.add_project),
                    (self.tr("&Open project"), lambda: self._project_action("open")),
                    (self.tr("&Move to stage…"), lambda: self._project_action("move")),
                    (self.tr("&Edit…"), lambda: self._project_action("edit")),
                ],
            ),
            self.tr("Projects"),
        )
        self.timeline = _table(
            self,
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Summary"),
                self.tr("Outcome"),
                self.tr("With"),
                self.tr("Project"),
                self.tr("Officer"),
            ],
            "timeline",
        )
        self.timeline.doubleClicked.connect(lambda _i: self.open_activity())
        self.tabs.addTab(
            self._with_buttons(
                self.timeline,
                [
                    (self.tr("&Log meeting or call…"), self.log_activity),
                    (self.tr("&Open…"), self.open_activity),
                    (self.tr("&Delete"), self.delete_activity),
                ],
            ),
            self.tr("Activity"),
        )
        self.tasks = _table(self, [self.tr("Task"), self.tr("Due"), self.tr("Assignee")], "tasks")
        self.tabs.addTab(self._with_buttons(self.tasks, [(self.tr("&New task…"), self.add_task)]), self.tr("Tasks"))
        from kotra_invest.ui.aftercare import AftercareActions

        self.aftercare = AftercareActions(ctx, self.undo_stack, self, self.changed_here)
        self.cases: list = []
        self.case_table = _table(
            self,
            [
                self.tr("Subject"),
                self.tr("Investor"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Received"),
                self.tr("Age (days)"),
                self.tr("Due"),
                self.tr("Ministry or agency"),
                self.tr("Home Doctor"),
            ],
            "cases",
            numeric=(5,),  # age in days
        )
        self.case_table.setColumnHidden(1, True)  # it is this investor
        self.case_table.doubleClicked.connect(lambda _i: self.open_case())
        self.incentive_table = _table(
            self,
            [
                self.tr("Project"),
                self.tr("Incentive"),
                self.tr("Granting body"),
                self.tr("Status"),
                self.tr("Amount"),
                self.tr("Applied"),
                self.tr("Approved"),
                self.tr("Paid"),
                self.tr("Jobs"),
                self.tr("Years"),
            ],
            "incentives",
            numeric=(4, 8, 9),  # amount, jobs, years
        )
        aftercare_tab = QWidget(self)
        column = QVBoxLayout(aftercare_tab)
        column.addWidget(
            self._with_buttons(
                self.case_table,
                [
                    (self.tr("&New grievance case…"), self.new_case),
                    (self.tr("&Open case…"), self.open_case),
                    (self.tr("&Acknowledge"), self.acknowledge_case),
                    (self.tr("&Resolve…"), self.resolve_case),
                ],
            ),
            2,
        )
        column.addWidget(QLabel(self.tr("Incentive applications of their projects"), self))
        column.addWidget(self.incentive_table, 1)
        self.tabs.addTab(aftercare_tab, self.tr("Aftercare"))
        self.documents = DocumentsPanel(ctx, "investor", investor_id, self.undo_stack, self)
        self.documents.sig_records_changed.connect(self.changed_here)
        self.documents.accept_drops_on(self)  # a file or an e-mail dropped anywhere on the window
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.finish_frame(980, 660)
        self.refresh()
        tab_of = {"contact": 1, "project": 2, "interaction": 3, "case": 5, "document": 6}
        if focus in tab_of:
            self.tabs.setCurrentIndex(tab_of[focus])

    def _with_buttons(self, view: QWidget, specs: list[tuple[str, object]]) -> QWidget:
        return with_buttons(self, view, specs)  # type: ignore[arg-type]

    def _report(self, exc: Exception) -> None:
        show_failure(self, exc, self.ctx.lang)

    def refresh(self) -> None:
        try:
            page = investor_page(self.ctx, self.investor_id)
        except DomainError as exc:
            self.title.setText(exc.message(self.ctx.lang))
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.page = page
        lang = self.ctx.lang
        self.setWindowTitle(f"{page.name} — kotra-invest")
        self.title.setText(page.name + (f"  ·  {page.name_ko}" if page.name_ko else ""))
        facts = [
            (self.tr("Country (ultimate parent)"), page.country),
            (self.tr("Country (direct investor)"), page.direct_country),
            (self.tr("Industry"), page.industry),
            (self.tr("Size"), page.size_label),
            (self.tr("Website"), page.website),
            (self.tr("Owner"), page.owner),
            (self.tr("Tags"), ", ".join(page.tags)),
            (self.tr("HQ city"), page.hq_city),
            (self.tr("Operates in Korea"), self.tr("yes") if page.in_korea else self.tr("no")),
            (self.tr("Korean sites"), ", ".join(page.korean_sites)),
            (self.tr("Notified FDI (신고)"), formatting.usd(page.notified_usd, lang)),
            (self.tr("Arrived FDI (도착)"), formatting.usd(page.arrived_usd, lang)),
            (
                self.tr("Delegations meeting them"),
                ", ".join(f"{title} ({status})" for _i, title, status in page.delegations),
            ),
            (self.tr("Notes"), (page.notes or "").replace("\n", "<br>")),
        ]
        self.facts.setText(
            "<table cellpadding='4'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v or '—'}</td></tr>" for k, v in facts)
            + "</table>"
        )
        _fill(
            self.contacts,
            [
                (
                    c.id,
                    [
                        c.full_name + (f" ({c.name_ko})" if c.name_ko else ""),
                        c.job_title or "",
                        c.email or "",
                        c.phone or "",
                        c.consent_label,
                    ],
                )
                for c in page.contacts
            ],
        )
        _fill(
            self.projects,
            [
                (
                    p.id,
                    [
                        p.title + (" [C]" if p.confidential else ""),
                        p.stage,
                        formatting.day(p.stage_since, lang),
                        p.province or "",
                        formatting.usd(p.notified_usd, lang) if p.notified_usd else "—",
                        formatting.usd(p.arrived_usd, lang) if p.arrived_usd else "—",
                    ],
                )
                for p in page.projects
            ],
        )
        self._refresh_aftercare()
        meetings = [
            (
                i.occurred_at.date(),
                0,
                i.id,
                [
                    formatting.moment_at_place(i.occurred_at, lang, i.time_zone),
                    i.kind_label,
                    formatting.one_line(i.summary),
                    i.outcome or "",
                    i.contact or "",
                    i.project or "",
                    i.officer or "",
                ],
            )
            for i in page.timeline
        ]
        # The timeline holds the aftercare too: each case where it was received, taken up and resolved.
        case_events = []
        for c in self.cases:
            steps = [
                (c.received_on, self.tr("Grievance received")),
                (c.acknowledged_on, self.tr("Grievance acknowledged")),
                (
                    c.resolved_on,
                    self.tr("Grievance resolved") if c.status == "resolved" else self.tr("Grievance withdrawn"),
                ),
            ]
            for step, (day, what) in enumerate(steps, start=1):
                if day is not None:
                    outcome = (c.resolution or "") if day == c.resolved_on else c.status_label
                    case_events.append(
                        (
                            day,
                            step,
                            c.id,
                            [
                                formatting.day(day, lang),
                                f"{what} · {c.category_label}",
                                c.subject,
                                outcome,
                                c.agency or "",
                                c.project or "",
                                c.home_doctor or "",
                            ],
                        )
                    )
        merged = sorted(
            meetings + case_events, key=lambda e: (e[0], e[1]), reverse=True
        )  # a case's later steps above its earlier
        _fill(self.timeline, [(row_id, cells) for _day, _step, row_id, cells in merged])
        _full_summaries(self.timeline, {i.id: i.summary for i in page.timeline})
        _fill(
            self.tasks, [(t.id, [t.title, formatting.day(t.due_on, lang), t.assignee or ""]) for t in page.open_tasks]
        )
        self.refresh_history()

    # --- contacts ------------------------------------------------------------------------------

    def add_contact(self) -> ContactEditor:
        editor = ContactEditor(self.ctx, self.investor_id, None, self)
        self._guard_contact(editor, None)
        return self.edits.create(contacts.CONTACT, editor, self.tr("Add contact"))

    def edit_contact(self) -> ContactEditor | None:
        contact_id = _selected_id(self.contacts)
        if not isinstance(contact_id, uuid.UUID):
            return None

        def guarded(before: contacts.ContactDraft) -> ContactEditor:
            editor = ContactEditor(self.ctx, self.investor_id, before, self)
            self._guard_contact(editor, contact_id)
            return editor

        return self.edits.edit(contacts.CONTACT, contact_id, guarded, self.tr("Edit contact"))

    def _open_elsewhere(self, kind: str, record_id: uuid.UUID) -> None:
        opener = getattr(self.parentWidget(), "open_record", None)  # the main window
        if callable(opener):
            opener(kind, record_id)

    def _guard_contact(self, editor: ContactEditor, contact_id: uuid.UUID | None) -> None:
        def check() -> Match | None:
            draft = editor.draft()
            return duplicates.contact_duplicate(
                self.ctx, draft.full_name, email=draft.email, investor_id=draft.investor_id, exclude=contact_id
            )

        guard_duplicates(editor, "contact", check, self._open_contact)

    def _open_contact(self, contact_id: uuid.UUID) -> None:
        """The existing contact, in its investor's window (this one when it is ours)."""
        try:
            row = contacts.get_contact_row(self.ctx, contact_id)
        except DomainError as exc:
            self._report(exc)
            return
        if row.investor_id == self.investor_id:
            self.tabs.setCurrentIndex(1)
            for r in range(self.contacts.rowCount()):
                item = self.contacts.item(r, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == contact_id:
                    self.contacts.selectRow(r)
            return
        opener = getattr(self.parentWidget(), "open_record", None)  # the main window
        if callable(opener) and row.investor_id is not None:
            opener("investor", row.investor_id, "contact")

    def merge_contacts(self) -> QWidget | None:
        """Merge the two selected contacts: the current one stays unless the user swaps."""
        rows = sorted({index.row() for index in self.contacts.selectionModel().selectedRows()})
        ids = [self.contacts.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Merge contacts"), self.tr("Select exactly two contacts to merge."))
            return None
        current = _selected_id(self.contacts)
        keep = current if current in ids else ids[0]
        drop = ids[1] if keep == ids[0] else ids[0]
        assert isinstance(keep, uuid.UUID) and isinstance(drop, uuid.UUID)  # the rows' ids
        both = Changed(contacts.CONTACT.entity, (keep, drop))
        return merge_with_undo(self.ctx, self.undo_stack, self, "contact", keep, drop, lambda: self.changed_here(both))

    def delete_contact(self) -> None:
        contact_id = _selected_id(self.contacts)
        if isinstance(contact_id, uuid.UUID):
            self.edits.delete(contacts.CONTACT, contact_id, self.tr("Delete contact"))

    def export_contact_data(self, folder: str | None = None) -> object:
        """Everything held about the selected person, as JSON and Excel (a data-subject request)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from kotra_invest.services import privacy
        from kotra_invest.ui import background

        contact_id = _selected_id(self.contacts)
        if not isinstance(contact_id, uuid.UUID):
            return None
        ctx = access_reason.with_reason(self, self.ctx, "privacy_export")
        if ctx is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the personal data export"), str(Path.home())
            )
            if not folder:
                return None
        target = Path(folder)
        return background.start_with_progress(
            self,
            self.tr("Exporting personal data…"),
            lambda progress, _c: privacy.export_contact(ctx, contact_id, target, progress=progress),
            on_error=self._report,
            cancellable=False,
        )

    def erase_contact(self, reason: str | None = None) -> bool:
        """Erase the selected person on request: blanked, tombstoned, history redacted. Not undoable."""
        from PySide6.QtWidgets import QInputDialog

        from kotra_invest.services import privacy

        contact_id = _selected_id(self.contacts)
        if not isinstance(contact_id, uuid.UUID):
            return False
        try:
            privacy.require_eraser(self.ctx)  # told before typing the request's reason, not after
        except DomainError as exc:
            self._report(exc)
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Erase on request"),
                self.tr(
                    "This blanks the person's data everywhere, also in the history, and cannot be undone.\nReason (e.g. the request's date and reference):"
                ),
            )
            if not ok or not reason.strip():
                return False
        try:
            privacy.erase_contact(self.ctx, contact_id, reason.strip())
        except DomainError as exc:
            self._report(exc)
            return False
        self.changed_here(Changed(contacts.CONTACT.entity, (contact_id,)))
        return True

    # --- projects, activity, tasks -------------------------------------------------------------

    def add_project(self) -> None:
        self.project_actions.create(self.investor_id, self.page.name if self.page else "")

    def _project_action(self, what: str) -> None:
        project_id = _selected_id(self.projects)
        row = next((p for p in self.page.projects if p.id == project_id), None) if self.page else None
        if row is None:
            return
        if what == "open":
            self.sig_open_record.emit("project", row.id)
        elif what == "move":
            self.project_actions.move(row)
        else:
            self.project_actions.edit(row.id)

    def log_activity(self) -> QWidget | None:
        return self.meeting_actions.create(self.investor_id)

    def open_activity(self) -> QWidget | None:
        item_id = _selected_id(self.timeline)
        if any(c.id == item_id for c in self.cases):
            return self.aftercare.edit_case(item_id)  # type: ignore[arg-type]
        return self.meeting_actions.edit(item_id) if isinstance(item_id, uuid.UUID) else None

    def delete_activity(self) -> None:
        item_id = _selected_id(self.timeline)
        if any(c.id == item_id for c in self.cases):
            self.aftercare.delete_case(item_id)  # type: ignore[arg-type]
        elif isinstance(item_id, uuid.UUID):
            self.meeting_actions.delete(item_id)

    def add_task(self) -> None:
        self.task_actions.create(tasks.TaskDraft(title="", investor_id=self.investor_id))

    # --- aftercare -----------------------------------------------------------------------------

    def _refresh_aftercare(self) -> None:
        from kotra_invest.services import aftercare, incentives
        from kotra_invest.ui.aftercare import case_cells, incentive_cells, mark_overdue

        lang = self.ctx.lang
        try:
            self.cases = aftercare.case_list(self.ctx, investor_id=self.investor_id)
            applications = incentives.incentive_list(self.ctx, investor_id=self.investor_id)
        except DomainError as exc:
            self._report(exc)
            return
        _fill(self.case_table, [(c.id, case_cells(c, lang)) for c in self.cases])
        mark_overdue(self.case_table, [c.overdue for c in self.cases], 6, self.tr("Overdue"))
        _fill(self.incentive_table, [(a.id, [a.project, *incentive_cells(a, lang)]) for a in applications])

    def new_case(self) -> QWidget:
        return self.aftercare.new_case(self.investor_id)

    def _selected_case(self) -> uuid.UUID | None:
        case_id = _selected_id(self.case_table)
        return case_id if isinstance(case_id, uuid.UUID) else None

    def open_case(self) -> QWidget | None:
        case_id = self._selected_case()
        return self.aftercare.edit_case(case_id) if case_id else None

    def acknowledge_case(self) -> bool:
        case_id = self._selected_case()
        return case_id is not None and self.aftercare.acknowledge(case_id)

    def resolve_case(self, resolution: str | None = None) -> bool:
        case_id = self._selected_case()
        return case_id is not None and self.aftercare.resolve(case_id, resolution)

    def export_profile(self, path: str | None = None) -> object:
        from pathlib import Path

        from kotra_invest.ui import background
        from kotra_invest.ui.save_as import ask_save_path

        ctx = access_reason.with_reason(self, self.ctx, "investor_profile")
        if ctx is None:
            return None
        if path is None:
            chosen = ask_save_path(
                self, self.tr("Export investor profile"), Path.home() / "profile.pdf", "PDF (*.pdf)", ".pdf"
            )
            if chosen is None:
                return None
            path = str(chosen)
        investor_id = self.investor_id

        def work(_p: object, _c: object) -> str:
            from kotra_invest.briefing.assemble import investor_profile
            from kotra_invest.briefing.pdf import write_profile_pdf
            from kotra_invest.briefing.xlsx import write_profile_xlsx

            pack = investor_profile(ctx, investor_id, ctx.lang)
            write_profile_pdf(pack, Path(path))
            write_profile_xlsx(pack, Path(path).with_suffix(".xlsx"))
            return path

        return background.start_with_progress(
            self, self.tr("Writing the profile…"), work, on_error=self._report, cancellable=False
        )
