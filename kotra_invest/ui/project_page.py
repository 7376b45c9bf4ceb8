"""A project's own window: overview, 신고/도착 tranches with USD totals, dated stage history,
its meetings and tasks, and its field history — the record page a project deserves."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kotra_invest import formatting
from kotra_invest.domain.enums import FdiKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import projects, tasks
from kotra_invest.services.contacts import CONTACT
from kotra_invest.services.incentives import INCENTIVE, MILESTONE
from kotra_invest.services.interactions import INTERACTION
from kotra_invest.services.investors import INVESTOR
from kotra_invest.services.projects import project_page
from kotra_invest.services.read_models import ProjectPage
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import _fill, _full_summaries, _selected_id, _table
from kotra_invest.ui.forms import DateEdit, FormDialog, line_text, set_combo_data, with_buttons
from kotra_invest.ui.projects import parse_amount
from kotra_invest.ui.record_window import RecordWindow


class TrancheEditor(FormDialog):
    """One dated 신고 (notified) or 도착 (arrived) amount in its own currency."""

    def __init__(self, ctx: Context, draft: projects.FdiAmountDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("FDI amount"), ctx.lang, parent)
        self.kind = QComboBox(self)
        for kind in FdiKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.add_field("kind", self.tr("Kind"), self.kind, required=True)
        self.amount = self.line("amount", self.tr("Amount"), required=True)
        self.currency = self.line("currency", self.tr("Currency"), required=True, max_length=3)
        self.currency.setText("USD")
        self.on_date = DateEdit(QDate.currentDate(), self)
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.add_field("on_date", self.tr("Date"), self.on_date, required=True)
        self.note = self.line("note", self.tr("Note"))
        if draft is not None:
            set_combo_data(self.kind, draft.kind)
            self.amount.setText(formatting.exact(Decimal(draft.amount)))
            self.currency.setText(draft.currency)
            self.on_date.setDate(QDate(draft.on_date.year, draft.on_date.month, draft.on_date.day))
            self.note.setText(draft.note or "")
        self.mark_clean()

    def draft(self) -> projects.FdiAmountDraft:
        value = self.on_date.date()
        amount = parse_amount(self.amount.text(), currency=self.currency.text())
        return projects.FdiAmountDraft(
            self.kind.currentData(),
            amount if amount is not None else "",
            date(value.year(), value.month(), value.day()),
            self.currency.text().strip().upper(),  # required: left blank it is refused, not taken as USD
            line_text(self.note),
        )


class ProjectWindow(RecordWindow):
    """One project, everything about it, in tabs."""

    entity = projects.PROJECT.entity
    # Its investor's name heads it; the meetings list names their contacts.
    follows = frozenset(
        k.entity
        for k in (
            projects.PROJECT,
            INVESTOR,
            projects.FDI_AMOUNT,
            INTERACTION,
            CONTACT,
            tasks.TASK,
            INCENTIVE,
            MILESTONE,
        )
    )

    def __init__(
        self,
        ctx: Context,
        project_id: uuid.UUID,
        undo_stack: QUndoGroup | QUndoStack | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, parent)
        self.project_id = self.record_id = project_id
        self.page: ProjectPage | None = None
        self.build_frame(ctx, "project_title", self.changed_here)  # its own undo history, heading, tabs, facts
        self.tabs.addTab(
            with_buttons(
                self,
                self.facts,
                [
                    (self.tr("&Edit…"), lambda: self.project_actions.edit(self.project_id)),
                    (self.tr("&Move to stage…"), self.move),
                    (self.tr("Open &investor"), self.open_investor),
                ],
            ),
            self.tr("Overview"),
        )
        self.tranches = _table(
            self,
            [self.tr("Kind"), self.tr("Date"), self.tr("Amount"), self.tr("Currency"), self.tr("Note")],
            "tranches",
            numeric=(2,),
        )
        self.tranches.doubleClicked.connect(lambda _i: self.edit_tranche())
        self.totals = QLabel(self)
        self.totals.setObjectName("fdi_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.tabs.addTab(
            with_buttons(
                self,
                self.tranches,
                [
                    (self.tr("&Add amount…"), self.add_tranche),
                    (self.tr("&Edit…"), self.edit_tranche),
                    (self.tr("&Delete"), self.delete_tranche),
                ],
                self.totals,
            ),
            self.tr("Notified / arrived"),
        )
        self.stages = _table(
            self,
            [self.tr("Since"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("Who"), self.tr("Recorded")],
            "stages",
        )
        self.tabs.addTab(self.stages, self.tr("Stages"))
        self.meetings = _table(
            self,
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Summary"),
                self.tr("Outcome"),
                self.tr("With"),
                self.tr("Officer"),
            ],
            "meetings",
        )
        self.meetings.doubleClicked.connect(lambda _i: self.open_meeting())
        self.tabs.addTab(
            with_buttons(
                self,
                self.meetings,
                [
                    (self.tr("&Log meeting…"), self.log_meeting),
                    (self.tr("&Open…"), self.open_meeting),
                    (self.tr("&Delete"), self.delete_meeting),
                ],
            ),
            self.tr("Meetings"),
        )
        self.task_table = _table(
            self, [self.tr("Task"), self.tr("Due"), self.tr("Status"), self.tr("Assignee")], "tasks"
        )
        self.task_table.doubleClicked.connect(lambda _i: self.edit_task())
        self.tabs.addTab(
            with_buttons(
                self,
                self.task_table,
                [
                    (self.tr("&New task…"), self.add_task),
                    (self.tr("&Edit…"), self.edit_task),
                    (self.tr("Done / &reopen"), self.toggle_task),
                ],
            ),
            self.tr("Tasks"),
        )
        from kotra_invest.ui.aftercare import AftercareActions

        self.aftercare = AftercareActions(ctx, self.undo_stack, self, self.changed_here)
        self.applications: list = []
        self.incentive_table = _table(
            self,
            [
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
            numeric=(3, 7, 8),  # amount, jobs, years
        )
        self.incentive_table.doubleClicked.connect(lambda _i: self.edit_incentive())
        self.tabs.addTab(
            with_buttons(
                self,
                self.incentive_table,
                [
                    (self.tr("&New application…"), self.add_incentive),
                    (self.tr("&Edit…"), self.edit_incentive),
                    (self.tr("Next &step (approved, paid)"), self.advance_incentive),
                    (self.tr("Do&cuments…"), self.incentive_documents),
                    (self.tr("&Delete"), self.delete_incentive),
                ],
            ),
            self.tr("Incentives"),
        )
        self.milestone_table = _table(
            self,
            [
                self.tr("Step"),
                self.tr("Date"),
                self.tr("Review ended"),
                self.tr("Document"),
                self.tr("Recorded by"),
                self.tr("Note"),
            ],
            "milestones",
        )
        self.milestone_table.doubleClicked.connect(lambda _i: self.edit_milestone())
        self.tabs.addTab(
            with_buttons(
                self,
                self.milestone_table,
                [
                    (self.tr("&Add milestone…"), self.add_milestone),
                    (self.tr("&Edit…"), self.edit_milestone),
                    (self.tr("Do&cuments…"), self.milestone_documents),
                    (self.tr("&Delete"), self.delete_milestone),
                ],
            ),
            self.tr("Procedure"),
        )
        from kotra_invest.ui.documents import DocumentsPanel

        self.documents = DocumentsPanel(ctx, "project", project_id, self.undo_stack, self)
        self.documents.sig_records_changed.connect(self.changed_here)
        self.documents.accept_drops_on(self)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.finish_frame(980, 620)
        self.refresh()

    def refresh(self) -> None:
        try:
            page = project_page(self.ctx, self.project_id)
        except DomainError as exc:
            self.title.setText(exc.message(self.ctx.lang))
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.page = page
        row, lang = page.row, self.ctx.lang
        self.setWindowTitle(f"{row.title} — kotra-invest")
        self.title.setText(
            row.title + (f"  ·  {row.code_name}" if row.confidential and row.code_name else "") + f"  ·  {row.investor}"
        )
        since = self.tr("since %1").replace("%1", formatting.day(row.stage_since, lang))
        facts = [
            (self.tr("Investor"), row.investor),
            (self.tr("Type"), row.project_type_label),
            (self.tr("Stage"), f"{row.stage} ({since})" if row.stage_since else row.stage),
            (self.tr("Lost because"), page.lost_reason or "") if page.lost_reason else (None, None),
            (self.tr("Target province"), row.province),
            (self.tr("Free Economic Zone"), row.fez),
            (self.tr("Industry"), row.industry),
            (
                self.tr("Planned investment"),
                formatting.money(row.capex_amount, row.capex_currency, lang) if row.capex_amount is not None else None,
            ),
            (self.tr("Expected jobs"), f"{row.expected_jobs:,}" if row.expected_jobs else None),
            (self.tr("Probability"), f"{row.probability}%" if row.probability is not None else None),
            (self.tr("Owner"), row.owner),
            (
                self.tr("Confidential"),
                self.tr("yes — code name %1").replace("%1", row.code_name or "") if row.confidential else self.tr("no"),
            ),
        ] + [(total.kind_label, self._total_text(total)) for total in page.totals]
        self.facts.setText(
            "<table cellpadding='4'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v or '—'}</td></tr>" for k, v in facts if k)
            + "</table>"
        )
        _fill(
            self.tranches,
            [
                (
                    t.id,
                    [
                        t.kind_label,
                        formatting.day(t.on_date, lang),
                        formatting.exact(t.amount),
                        t.currency,
                        t.note or "",
                    ],
                )
                for t in page.tranches
            ],
        )
        self.totals.setText("  ·  ".join(f"<b>{t.kind_label}</b> {self._total_text(t)}" for t in page.totals))
        _fill(
            self.stages,
            [
                (
                    i,
                    [
                        formatting.day(s.on_date, lang),
                        s.from_stage or "",
                        s.to_stage,
                        s.reason or "",
                        s.actor,
                        formatting.moment(s.at, lang),
                    ],
                )
                for i, s in enumerate(reversed(page.stages))
            ],
        )
        _fill(
            self.meetings,
            [
                (
                    m.id,
                    [
                        formatting.moment_at_place(m.occurred_at, lang, m.time_zone),
                        m.kind_label,
                        formatting.one_line(m.summary),
                        m.outcome or "",
                        m.contact or "",
                        m.officer or "",
                    ],
                )
                for m in page.meetings
            ],
        )
        _full_summaries(self.meetings, {m.id: m.summary for m in page.meetings})
        _fill(
            self.task_table,
            [(t.id, [t.title, formatting.day(t.due_on, lang), t.status_label, t.assignee or ""]) for t in page.tasks],
        )
        self._refresh_after_notification()
        self.refresh_history()

    def _refresh_after_notification(self) -> None:
        from kotra_invest.services import incentives
        from kotra_invest.ui.aftercare import incentive_cells

        lang = self.ctx.lang
        try:
            self.applications = incentives.incentive_list(self.ctx, project_id=self.project_id)
            milestones = incentives.milestone_list(self.ctx, project_id=self.project_id)
        except DomainError as exc:
            self.title.setText(exc.message(lang))
            return
        _fill(self.incentive_table, [(a.id, incentive_cells(a, lang)) for a in self.applications])
        _fill(
            self.milestone_table,
            [
                (
                    m.id,
                    [
                        m.step_label,
                        formatting.day(m.on_date, lang),
                        formatting.day(m.ends_on, lang),
                        m.document or "",
                        m.recorded_by or "",
                        m.note or "",
                    ],
                )
                for m in milestones
            ],
        )

    def _total_text(self, total: object) -> str:
        from kotra_invest.services.read_models import FdiTotal

        assert isinstance(total, FdiTotal)
        text = formatting.usd(total.usd, self.ctx.lang)
        if total.not_converted:
            others = ", ".join(formatting.money(s.total, s.currency, self.ctx.lang) for s in total.not_converted)
            text += " " + self.tr("+ %1 (not converted)").replace("%1", others)
        return text

    # --- actions -------------------------------------------------------------------------------

    def move(self) -> bool:
        return self.page is not None and self.project_actions.move(self.page.row)

    def open_investor(self) -> None:
        if self.page is not None:
            self.sig_open_record.emit("investor", self.page.row.investor_id)

    def add_tranche(self) -> TrancheEditor:
        return self.edits.create(
            projects.FDI_AMOUNT,
            TrancheEditor(self.ctx, None, self),
            self.tr("Add FDI amount"),
            links={"project_id": self.project_id},
        )

    def edit_tranche(self) -> TrancheEditor | None:
        amount_id = _selected_id(self.tranches)
        if not isinstance(amount_id, uuid.UUID):
            return None
        return self.edits.edit(
            projects.FDI_AMOUNT,
            amount_id,
            lambda before: TrancheEditor(self.ctx, before, self),
            self.tr("Edit FDI amount"),
        )

    def delete_tranche(self) -> bool:
        amount_id = _selected_id(self.tranches)
        return isinstance(amount_id, uuid.UUID) and self.edits.delete(
            projects.FDI_AMOUNT, amount_id, self.tr("Delete FDI amount")
        )

    def add_incentive(self) -> QWidget:
        return self.aftercare.new_incentive(self.project_id)

    def edit_incentive(self) -> QWidget | None:
        chosen = _selected_id(self.incentive_table)
        return self.aftercare.edit_incentive(chosen) if isinstance(chosen, uuid.UUID) else None

    def advance_incentive(self) -> bool:
        chosen = _selected_id(self.incentive_table)
        row = next((a for a in self.applications if a.id == chosen), None)
        return row is not None and self.aftercare.advance_incentive(row)

    def incentive_documents(self) -> QWidget | None:
        chosen = _selected_id(self.incentive_table)
        row = next((a for a in self.applications if a.id == chosen), None)
        return self.aftercare.documents("incentive", row.id, row.type_label) if row else None

    def milestone_documents(self) -> QWidget | None:
        chosen = _selected_id(self.milestone_table)
        item = self.milestone_table.item(self.milestone_table.currentRow(), 0)
        return (
            self.aftercare.documents("milestone", chosen, item.text())
            if isinstance(chosen, uuid.UUID) and item
            else None
        )

    def delete_incentive(self) -> bool:
        chosen = _selected_id(self.incentive_table)
        return isinstance(chosen, uuid.UUID) and self.aftercare.delete_incentive(chosen)

    def add_milestone(self) -> QWidget:
        return self.aftercare.new_milestone(self.project_id)

    def edit_milestone(self) -> QWidget | None:
        chosen = _selected_id(self.milestone_table)
        return self.aftercare.edit_milestone(chosen) if isinstance(chosen, uuid.UUID) else None

    def delete_milestone(self) -> bool:
        chosen = _selected_id(self.milestone_table)
        return isinstance(chosen, uuid.UUID) and self.aftercare.delete_milestone(chosen)

    def log_meeting(self) -> QWidget | None:
        if self.page is None:
            return None
        return self.meeting_actions.create(self.page.row.investor_id, project_id=self.project_id)

    def open_meeting(self) -> QWidget | None:
        meeting_id = _selected_id(self.meetings)
        return self.meeting_actions.edit(meeting_id) if isinstance(meeting_id, uuid.UUID) else None

    def delete_meeting(self) -> bool:
        meeting_id = _selected_id(self.meetings)
        return isinstance(meeting_id, uuid.UUID) and self.meeting_actions.delete(meeting_id)

    def add_task(self) -> QWidget | None:
        if self.page is None:
            return None
        return self.task_actions.create(tasks.TaskDraft(title="", project_id=self.project_id))

    def edit_task(self) -> QWidget | None:
        task_id = _selected_id(self.task_table)
        return self.task_actions.edit(task_id) if isinstance(task_id, uuid.UUID) else None

    def toggle_task(self) -> bool:
        task_id = _selected_id(self.task_table)
        row = next((t for t in self.page.tasks if t.id == task_id), None) if self.page else None
        return row is not None and self.task_actions.toggle_done(row)
