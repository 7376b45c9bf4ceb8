"""Aftercare: the page of open grievance cases (by category and age, overdue first), the enquiries
held against their response-time targets, every incentive application; and the editors of cases,
enquiries, incentive applications and procedure milestones, all saved through the one edit path."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.catalog import with_args
from kotra_invest.domain.aftercare_models import (
    CaseCategory,
    CaseStatus,
    EnquiryPriority,
    EnquirySource,
    GrantingBody,
    IncentiveStatus,
    IncentiveType,
    MilestoneStep,
)
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import aftercare, incentives, records, tasks
from kotra_invest.services.aftercare import AGE_BANDS, CaseRow, EnquiryRow
from kotra_invest.services.incentives import IncentiveRow
from kotra_invest.services.records import Kind
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import _fill, _fit_width, _selected_id, _table
from kotra_invest.ui.fitting import ShareRest, compact_rows, fit_rows
from kotra_invest.ui.forms import (
    DateEdit,
    FormDialog,
    line_text,
    optional_date,
    optional_date_edit,
    plain_text,
    set_combo_data,
    set_optional_date,
    show_failure,
)
from kotra_invest.ui.list_export import ListSource, widget_source
from kotra_invest.ui.page import Page
from kotra_invest.ui.undo import Changed, RecordEdits, VersionedEdit

OVERDUE = QColor("#b3261e")


# --- small form pieces --------------------------------------------------------------------------


def _date_edit(parent: QWidget, *, optional: bool) -> DateEdit:
    """A date field; an optional one starts empty ("—") until a date is picked."""
    widget = optional_date_edit(parent) if optional else DateEdit(QDate.currentDate(), parent)
    widget.setCalendarPopup(True)
    widget.setDisplayFormat("yyyy-MM-dd")
    return widget


_set_date, _date_of = set_optional_date, optional_date  # the app's one reading of an optional date


def _enum_combo(parent: QWidget, values: Any, lang: str, *, empty: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if empty:
        combo.addItem("—", None)
    for value in values:
        combo.addItem(value.label(lang), value)
    return combo


def _officer_combo(ctx: Context, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("—", None)
    for login, name in tasks.assignees(ctx):
        combo.addItem(name, login)
    return combo


def _spin(parent: QWidget, maximum: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSpecialValueText("—")  # 0: not stated
    return spin


# --- editors ----------------------------------------------------------------------------------------


class CaseEditor(FormDialog):
    """A grievance case: what the investor asks, the category, the agency that can act, the Home
    Doctor, the received / acknowledged / resolved dates, the resolution and any policy proposal."""

    def __init__(self, ctx: Context, draft: aftercare.CaseDraft, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("grievance_case", ctx.lang), ctx.lang, parent)
        self.base = draft
        self.subject = self.line("subject", self.tr("Subject"), required=True, max_length=200)
        self.category = self.add_field(
            "category", self.tr("Category"), _enum_combo(self, CaseCategory, ctx.lang), required=True
        )
        self.agency = self.line("agency", self.tr("Ministry or agency involved"), max_length=160)
        self.home_doctor = self.add_field("home_doctor", self.tr("Home Doctor"), _officer_combo(ctx, self))
        self.status = self.add_field(
            "status", self.tr("Status"), _enum_combo(self, CaseStatus, ctx.lang), required=True
        )
        self.received_on = self.add_field(
            "received_on", self.tr("Received"), _date_edit(self, optional=False), required=True
        )
        self.acknowledged_on = self.add_field(
            "acknowledged_on", self.tr("Acknowledged"), _date_edit(self, optional=True)
        )
        self.resolved_on = self.add_field("resolved_on", self.tr("Resolved"), _date_edit(self, optional=True))
        self.description = self.text_area("description", self.tr("What the investor asks"))
        self.resolution = self.text_area("resolution", self.tr("Resolution"))
        self.policy_proposal = self.text_area("policy_proposal", self.tr("Policy-improvement proposal"))
        assert (
            isinstance(self.category, QComboBox)
            and isinstance(self.status, QComboBox)
            and isinstance(self.home_doctor, QComboBox)
        )
        self.subject.setText(draft.subject)
        set_combo_data(self.category, draft.category)
        self.agency.setText(draft.agency or "")
        set_combo_data(self.home_doctor, draft.home_doctor_login or ctx.actor)
        set_combo_data(self.status, draft.status)
        for widget, value in (
            (self.received_on, draft.received_on),
            (self.acknowledged_on, draft.acknowledged_on),
            (self.resolved_on, draft.resolved_on),
        ):
            assert isinstance(widget, QDateEdit)
            _set_date(widget, value)
        self.description.setPlainText(draft.description or "")
        self.resolution.setPlainText(draft.resolution or "")
        self.policy_proposal.setPlainText(draft.policy_proposal or "")

    def draft(self) -> aftercare.CaseDraft:
        assert (
            isinstance(self.received_on, QDateEdit)
            and isinstance(self.acknowledged_on, QDateEdit)
            and isinstance(self.resolved_on, QDateEdit)
        )
        return replace(
            self.base,
            subject=self.subject.text().strip(),
            category=self.category.currentData(),
            agency=line_text(self.agency),
            home_doctor_login=self.home_doctor.currentData(),
            status=self.status.currentData(),
            received_on=_date_of(self.received_on) or date.today(),
            acknowledged_on=_date_of(self.acknowledged_on),
            resolved_on=_date_of(self.resolved_on),
            description=plain_text(self.description),
            resolution=plain_text(self.resolution),
            policy_proposal=plain_text(self.policy_proposal),
        )


class EnquiryEditor(FormDialog):
    """An incoming enquiry: who asked (an investor, or a company not yet one), how, when, and the answer."""

    def __init__(self, ctx: Context, draft: aftercare.EnquiryDraft, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("enquiry", ctx.lang), ctx.lang, parent)
        self.ctx = ctx
        self.base = draft
        self.investor_id = draft.investor_id
        self.subject = self.line("subject", self.tr("Subject"), required=True, max_length=200)
        self.source = self.add_field(
            "source", self.tr("Source"), _enum_combo(self, EnquirySource, ctx.lang), required=True
        )
        self.investor = QPushButton(self)
        self.investor.clicked.connect(self.choose_investor)
        self.add_field("investor", self.tr("Investor"), self.investor)
        self.company = self.line("company", self.tr("Company (not yet an investor)"), max_length=200)
        self.contact_name = self.line("contact_name", self.tr("Who asked"), max_length=160)
        self.priority = self.add_field("priority", self.tr("Priority"), _enum_combo(self, EnquiryPriority, ctx.lang))
        self.owner = self.add_field("owner", self.tr("Owner"), _officer_combo(ctx, self))
        self.received_on = self.add_field(
            "received_on", self.tr("Received"), _date_edit(self, optional=False), required=True
        )
        self.acknowledged_on = self.add_field(
            "acknowledged_on", self.tr("Acknowledged"), _date_edit(self, optional=True)
        )
        self.answered_on = self.add_field("answered_on", self.tr("Answered"), _date_edit(self, optional=True))
        self.body = self.text_area("body", self.tr("The enquiry"))
        self.answer = self.text_area("answer", self.tr("Our answer"))
        self.subject.setText(draft.subject)
        set_combo_data(self.source, draft.source)
        self.company.setText(draft.company or "")
        self.contact_name.setText(draft.contact_name or "")
        set_combo_data(self.priority, draft.priority)
        set_combo_data(self.owner, draft.owner_login or ctx.actor)
        for widget, value in (
            (self.received_on, draft.received_on),
            (self.acknowledged_on, draft.acknowledged_on),
            (self.answered_on, draft.answered_on),
        ):
            _set_date(widget, value)
        self.body.setPlainText(draft.body or "")
        self.answer.setPlainText(draft.answer or "")
        self._show_investor()

    def _show_investor(self) -> None:
        name = None
        if self.investor_id is not None:
            from kotra_invest.services.investors import get_investor

            try:
                name = get_investor(self.ctx, self.investor_id)[0].name
            except DomainError:
                name = None
        self.investor.setText(name or self.tr("Choose investor…"))

    def choose_investor(self) -> None:
        from kotra_invest.ui.pickers import InvestorPicker

        picker = InvestorPicker(self.ctx, self.tr("Investor who asked"), self)
        if picker.exec() and picker.chosen is not None:
            self.investor_id = picker.chosen
            self._show_investor()

    def draft(self) -> aftercare.EnquiryDraft:
        return replace(
            self.base,
            subject=self.subject.text().strip(),
            source=self.source.currentData(),
            investor_id=self.investor_id,
            company=line_text(self.company),
            contact_name=line_text(self.contact_name),
            priority=self.priority.currentData(),
            owner_login=self.owner.currentData(),
            received_on=_date_of(self.received_on) or date.today(),
            acknowledged_on=_date_of(self.acknowledged_on),
            answered_on=_date_of(self.answered_on),
            body=plain_text(self.body),
            answer=plain_text(self.answer),
        )


def _amount(text: str) -> Decimal | str | None:
    from kotra_invest.ui.projects import parse_amount

    value = parse_amount(text)
    return value if value is not None else (text.strip() or None)


class IncentiveEditor(FormDialog):
    """An incentive application: type, granting body, amount, the three dates, conditions, clawback."""

    def __init__(self, ctx: Context, draft: incentives.IncentiveDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("incentive_application", ctx.lang), ctx.lang, parent)
        draft = draft or incentives.IncentiveDraft(
            IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, applied_on=date.today()
        )
        self.base = draft
        self.incentive_type = self.add_field(
            "incentive_type", self.tr("Incentive"), _enum_combo(self, IncentiveType, ctx.lang), required=True
        )
        self.granting_body = self.add_field(
            "granting_body", self.tr("Granting body"), _enum_combo(self, GrantingBody, ctx.lang), required=True
        )
        self.granting_body_name = self.line("granting_body_name", self.tr("Which one (e.g. 충청북도)"), max_length=160)
        self.status = self.add_field(
            "status", self.tr("Status"), _enum_combo(self, IncentiveStatus, ctx.lang), required=True
        )
        self.amount = self.line("amount", self.tr("Amount"))
        # An application always has one (with or without an amount): offered as KRW, refused when cleared.
        self.currency = self.line("currency", self.tr("Currency"), required=True, max_length=3)
        self.applied_on = self.add_field("applied_on", self.tr("Applied"), _date_edit(self, optional=True))
        self.approved_on = self.add_field("approved_on", self.tr("Approved"), _date_edit(self, optional=True))
        self.paid_on = self.add_field("paid_on", self.tr("Paid"), _date_edit(self, optional=True))
        self.jobs_required = self.add_field("jobs_required", self.tr("Jobs to create"), _spin(self, 1_000_000))
        self.keep_years = self.add_field("keep_years", self.tr("Years to keep the investment"), _spin(self, 99))
        self.conditions = self.text_area("conditions", self.tr("Conditions"))
        self.clawback = self.text_area("clawback", self.tr("Clawback"))
        set_combo_data(self.incentive_type, draft.incentive_type)
        set_combo_data(self.granting_body, draft.granting_body)
        self.granting_body_name.setText(draft.granting_body_name or "")
        set_combo_data(self.status, draft.status)

        self.amount.setText(formatting.exact(Decimal(draft.amount)) if draft.amount not in (None, "") else "")
        self.currency.setText(draft.currency)
        for widget, value in (
            (self.applied_on, draft.applied_on),
            (self.approved_on, draft.approved_on),
            (self.paid_on, draft.paid_on),
        ):
            _set_date(widget, value)
        self.jobs_required.setValue(draft.jobs_required or 0)
        self.keep_years.setValue(draft.keep_years or 0)
        self.conditions.setPlainText(draft.conditions or "")
        self.clawback.setPlainText(draft.clawback or "")

    def draft(self) -> incentives.IncentiveDraft:
        return replace(
            self.base,
            incentive_type=self.incentive_type.currentData(),
            granting_body=self.granting_body.currentData(),
            granting_body_name=line_text(self.granting_body_name),
            status=self.status.currentData(),
            amount=_amount(self.amount.text()),
            currency=self.currency.text().strip().upper(),  # left blank it is refused, not taken as KRW
            applied_on=_date_of(self.applied_on),
            approved_on=_date_of(self.approved_on),
            paid_on=_date_of(self.paid_on),
            jobs_required=self.jobs_required.value() or None,
            keep_years=self.keep_years.value() or None,
            conditions=plain_text(self.conditions),
            clawback=plain_text(self.clawback),
        )


class MilestoneEditor(FormDialog):
    """A procedure milestone: the step, its date (a review: start and end), the document it names."""

    def __init__(self, ctx: Context, draft: incentives.MilestoneDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("procedure_milestone", ctx.lang), ctx.lang, parent)
        draft = draft or incentives.MilestoneDraft(MilestoneStep.REMITTANCE, date.today())
        self.step = self.add_field("step", self.tr("Step"), _enum_combo(self, MilestoneStep, ctx.lang), required=True)
        self.on_date = self.add_field("on_date", self.tr("Date"), _date_edit(self, optional=False), required=True)
        self.ends_on = self.add_field("ends_on", self.tr("Review ended"), _date_edit(self, optional=True))
        self.document = self.line("document", self.tr("Document (e.g. 신고필증 no.)"), max_length=200)
        self.note = self.text_area("note", self.tr("Note"))
        set_combo_data(self.step, draft.step)
        _set_date(self.on_date, draft.on_date)
        _set_date(self.ends_on, draft.ends_on)
        self.document.setText(draft.document or "")
        self.note.setPlainText(draft.note or "")

    def draft(self) -> incentives.MilestoneDraft:
        return incentives.MilestoneDraft(
            self.step.currentData(),
            _date_of(self.on_date) or date.today(),
            _date_of(self.ends_on),
            line_text(self.document),
            plain_text(self.note),
        )


class TargetsDialog(FormDialog):
    """The response-time targets the whole office is measured by (admins change them)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Response-time targets"), ctx.lang, parent)
        self.ctx = ctx
        current = aftercare.targets(ctx)
        self.spins: dict[str, QSpinBox] = {}
        for name, label in (
            ("case_acknowledge_days", self.tr("Acknowledge a grievance within (days)")),
            ("case_resolve_days", self.tr("Resolve a grievance within (days)")),
            ("enquiry_acknowledge_days", self.tr("Acknowledge an enquiry within (days)")),
            ("enquiry_answer_days", self.tr("Answer an enquiry within (days)")),
        ):
            spin = QSpinBox(self)
            spin.setRange(1, 365)
            spin.setValue(getattr(current, name))
            self.add_field(name, label, spin, required=True)
            self.spins[name] = spin
        self.set_save(lambda: partial(aftercare.set_targets, ctx, **{k: s.value() for k, s in self.spins.items()}))


# --- actions with undo ------------------------------------------------------------------------------


class AftercareActions:
    """Cases, enquiries, applications and milestones: create, edit, step on and delete, with undo."""

    def __init__(
        self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: Callable[[Changed], object]
    ) -> None:
        self.ctx, self.parent, self.undo_stack, self.on_change = ctx, parent, undo_stack, on_change
        self.edits = RecordEdits(ctx, undo_stack, parent, on_change)

    def documents(self, kind: str, record_id: uuid.UUID, title: str) -> QWidget:
        """The papers kept with a case, an application or a step (a window of their own, not modal)."""
        from kotra_invest.ui.documents import RecordDocumentsDialog  # the documents UI builds on the tables here

        dialog = RecordDocumentsDialog(self.ctx, kind, record_id, title, self.undo_stack, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.panel.sig_records_changed.connect(self.on_change)  # the holder's lists, and the other windows'
        dialog.open()
        return dialog

    def step(self, kind: Kind[Any, Any], record_id: uuid.UUID, change: Callable[[Any], Any], text: str) -> bool:
        """Save `change(draft)` over the record now; undo saves the draft it had (version-checked)."""
        ctx = self.ctx
        try:
            before, version = records.get(ctx, kind, record_id)
        except DomainError as exc:
            self.edits.report(exc)
            return False
        edit = VersionedEdit(lambda v, d: records.update(ctx, kind, record_id, v, d), before, change(before), version)
        return self.edits.run(text, edit.redo, edit.undo, Changed(kind.entity, (record_id,)))

    # cases
    def new_case(self, investor_id: uuid.UUID, project_id: uuid.UUID | None = None) -> CaseEditor:
        draft = aftercare.CaseDraft(investor_id, "", CaseCategory.PROCEDURE, date.today(), project_id=project_id)
        return self.edits.create(
            aftercare.CASE,
            CaseEditor(self.ctx, draft, self.parent),
            QCoreApplication.translate("AftercareActions", "New grievance case"),
        )

    def edit_case(self, case_id: uuid.UUID) -> CaseEditor | None:
        return self.edits.edit(
            aftercare.CASE,
            case_id,
            lambda d: CaseEditor(self.ctx, d, self.parent),
            QCoreApplication.translate("AftercareActions", "Edit grievance case"),
        )

    def acknowledge(self, case_id: uuid.UUID, on: date | None = None) -> bool:
        day = on or date.today()
        return self.step(
            aftercare.CASE,
            case_id,
            lambda d: aftercare.acknowledged(d, day),
            QCoreApplication.translate("AftercareActions", "Acknowledge case"),
        )

    def resolve(self, case_id: uuid.UUID, resolution: str | None = None, on: date | None = None) -> bool:
        """Close the case as resolved; asks for the resolution when not given."""
        if resolution is None:
            resolution, ok = QInputDialog.getMultiLineText(
                self.parent,
                QCoreApplication.translate("AftercareActions", "Resolve case"),
                QCoreApplication.translate("AftercareActions", "How was it resolved?"),
            )
            if not ok:
                return False
        day = on or date.today()
        return self.step(
            aftercare.CASE,
            case_id,
            lambda d: aftercare.resolved(d, day, resolution.strip() or None),
            QCoreApplication.translate("AftercareActions", "Resolve case"),
        )

    def delete_case(self, case_id: uuid.UUID) -> bool:
        return self.edits.delete(
            aftercare.CASE, case_id, QCoreApplication.translate("AftercareActions", "Delete grievance case")
        )

    # enquiries
    def new_enquiry(self, investor_id: uuid.UUID | None = None) -> EnquiryEditor:
        draft = aftercare.EnquiryDraft("", EnquirySource.EMAIL, date.today(), investor_id=investor_id)
        return self.edits.create(
            aftercare.ENQUIRY,
            EnquiryEditor(self.ctx, draft, self.parent),
            QCoreApplication.translate("AftercareActions", "New enquiry"),
        )

    def edit_enquiry(self, enquiry_id: uuid.UUID) -> EnquiryEditor | None:
        return self.edits.edit(
            aftercare.ENQUIRY,
            enquiry_id,
            lambda d: EnquiryEditor(self.ctx, d, self.parent),
            QCoreApplication.translate("AftercareActions", "Edit enquiry"),
        )

    def answer_enquiry(self, enquiry_id: uuid.UUID, on: date | None = None) -> bool:
        day = on or date.today()
        return self.step(
            aftercare.ENQUIRY,
            enquiry_id,
            lambda d: aftercare.enquiry_answered(d, day),
            QCoreApplication.translate("AftercareActions", "Mark enquiry answered"),
        )

    def delete_enquiry(self, enquiry_id: uuid.UUID) -> bool:
        return self.edits.delete(
            aftercare.ENQUIRY, enquiry_id, QCoreApplication.translate("AftercareActions", "Delete enquiry")
        )

    # incentive applications and milestones (on a project)
    def new_incentive(self, project_id: uuid.UUID) -> IncentiveEditor:
        return self.edits.create(
            incentives.INCENTIVE,
            IncentiveEditor(self.ctx, None, self.parent),
            QCoreApplication.translate("AftercareActions", "New incentive application"),
            links={"project_id": project_id},
        )

    def edit_incentive(self, application_id: uuid.UUID) -> IncentiveEditor | None:
        return self.edits.edit(
            incentives.INCENTIVE,
            application_id,
            lambda d: IncentiveEditor(self.ctx, d, self.parent),
            QCoreApplication.translate("AftercareActions", "Edit incentive application"),
        )

    def advance_incentive(self, row: IncentiveRow, on: date | None = None) -> bool:
        """Applied → approved → paid, dated `on` (today)."""
        status = incentives.next_status(row.status)
        if status is None:
            return False
        day = on or date.today()
        text = with_args(
            QCoreApplication.translate("AftercareActions", "Mark application %1"), status.label(self.ctx.lang)
        )
        return self.step(incentives.INCENTIVE, row.id, lambda d: incentives.moved_to(d, status, day), text)

    def delete_incentive(self, application_id: uuid.UUID) -> bool:
        return self.edits.delete(
            incentives.INCENTIVE,
            application_id,
            QCoreApplication.translate("AftercareActions", "Delete incentive application"),
        )

    def new_milestone(self, project_id: uuid.UUID) -> MilestoneEditor:
        return self.edits.create(
            incentives.MILESTONE,
            MilestoneEditor(self.ctx, None, self.parent),
            QCoreApplication.translate("AftercareActions", "New milestone"),
            links={"project_id": project_id},
        )

    def edit_milestone(self, milestone_id: uuid.UUID) -> MilestoneEditor | None:
        return self.edits.edit(
            incentives.MILESTONE,
            milestone_id,
            lambda d: MilestoneEditor(self.ctx, d, self.parent),
            QCoreApplication.translate("AftercareActions", "Edit milestone"),
        )

    def delete_milestone(self, milestone_id: uuid.UUID) -> bool:
        return self.edits.delete(
            incentives.MILESTONE, milestone_id, QCoreApplication.translate("AftercareActions", "Delete milestone")
        )


def case_cells(row: CaseRow, lang: str) -> list[str]:
    return [
        row.subject,
        row.investor,
        row.category_label,
        row.status_label,
        formatting.day(row.received_on, lang),
        str(row.age_days),
        formatting.day(row.due_on, lang),
        row.agency or "",
        row.home_doctor or "",
    ]


def incentive_cells(row: IncentiveRow, lang: str) -> list[str]:
    amount = formatting.money(row.amount, row.currency, lang) if row.amount is not None else "—"
    return [
        row.type_label,
        row.granting_body_name or row.granting_body_label,
        row.status_label,
        amount,
        formatting.day(row.applied_on, lang),
        formatting.day(row.approved_on, lang),
        formatting.day(row.paid_on, lang),
        f"{row.jobs_required:,}" if row.jobs_required else "",  # 1,200 people, as amounts are written
        str(row.keep_years or ""),
    ]


def mark_overdue(table: QTableWidget, overdue: list[bool], column: int, tip: str) -> None:
    for r, late in enumerate(overdue):
        item = table.item(r, column)
        if late and item is not None:
            item.setForeground(QBrush(OVERDUE))
            item.setToolTip(tip)


# --- the page ---------------------------------------------------------------------------------------


class AftercarePage(Page):
    """Open grievance cases by category and age with the overdue first; enquiries; incentive applications."""

    sig_open_record = Signal(str, object)
    """A record to open in its own window: ("investor" | "project", id)."""

    def show_part(self, part: str) -> None:
        if part == "enquiries":
            self.tabs.setCurrentIndex(1)

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cases: list[CaseRow] = []
        self.enquiries: list[EnquiryRow] = []
        self.applications: list[IncentiveRow] = []
        self.case_actions = AftercareActions(ctx, undo_stack, self, self.changed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aftercare_tabs")

        # Cases: the summary (category × age) above the list.
        self.summary = _table(
            self,
            [
                self.tr("Category"),
                self.tr("0–7 days"),
                self.tr("8–30 days"),
                self.tr("31–90 days"),
                self.tr("Over 90 days"),
                self.tr("Overdue"),
            ],
            "case_summary",
            numeric=(1, 2, 3, 4, 5),
        )
        compact_rows(self.summary)  # all its rows in little height: the cases below are the work
        self.show_closed = QCheckBox(self.tr("Show resolved and withdrawn"), self)
        self.show_closed.setObjectName("show_closed_cases")
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.category = QComboBox(self)
        self.category.setObjectName("case_category")
        self.category.addItem(self.tr("All categories"), None)
        for value in CaseCategory:
            self.category.addItem(value.label(ctx.lang), value.value)
        for widget in (self.show_closed, self.overdue_only):
            widget.toggled.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
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
            "case_table",
            numeric=(5,),  # age in days
        )
        # Subject, investor, ministry or agency: each as wide as its longest text needs, the rest
        # to the others (split evenly, the short ministries' names kept room the names lacked).
        self.case_columns = ShareRest(self.case_table, (0, 1, 7))
        compact_rows(self.case_table)  # one line of text a row, as the summary above it
        self.case_table.doubleClicked.connect(lambda _i: self.edit_case())
        self.case_count = QLabel(self)
        self.case_count.setObjectName("case_count")
        cases = QWidget(self)
        column = QVBoxLayout(cases)
        filters = QHBoxLayout()
        for filter_widget in (self.category, self.overdue_only, self.show_closed):
            filters.addWidget(filter_widget)
        filters.addStretch(1)
        filters.addWidget(self.case_count)
        column.addWidget(self.summary)
        column.addLayout(filters)
        column.addWidget(self.case_table, 1)
        column.addLayout(
            self._buttons(
                [
                    (self.tr("&New case…"), self.new_case),
                    (self.tr("&Edit…"), self.edit_case),
                    (self.tr("&Acknowledge"), self.acknowledge),
                    (self.tr("&Resolve…"), self.resolve),
                    (self.tr("Open &investor"), self.open_investor),
                    (self.tr("Doc&uments…"), self.case_documents),
                    (self.tr("&Delete"), self.delete_case),
                ]
            )
        )
        self.tabs.addTab(cases, self.tr("Grievance cases"))

        self.enquiry_overdue = QCheckBox(self.tr("Overdue only"), self)
        self.enquiry_overdue.setObjectName("enquiry_overdue")
        self.enquiry_open = QCheckBox(self.tr("Unanswered only"), self)
        self.enquiry_open.setChecked(True)
        for widget in (self.enquiry_overdue, self.enquiry_open):
            widget.toggled.connect(self.refresh)
        self.enquiry_table = _table(
            self,
            [
                self.tr("Subject"),
                self.tr("Who asked"),
                self.tr("Source"),
                self.tr("Priority"),
                self.tr("Received"),
                self.tr("Acknowledged"),
                self.tr("Answered"),
                self.tr("Due"),
                self.tr("Owner"),
            ],
            "enquiry_table",
        )
        _fit_width(self.enquiry_table, (0, 1))  # subject and who asked
        compact_rows(self.enquiry_table)
        self.enquiry_table.doubleClicked.connect(lambda _i: self.edit_enquiry())
        self.targets = QLabel(self)
        self.targets.setObjectName("targets")
        enquiries = QWidget(self)
        column = QVBoxLayout(enquiries)
        filters = QHBoxLayout()
        filters.addWidget(self.enquiry_open)
        filters.addWidget(self.enquiry_overdue)
        filters.addStretch(1)
        filters.addWidget(self.targets)
        column.addLayout(filters)
        column.addWidget(self.enquiry_table, 1)
        column.addLayout(
            self._buttons(
                [
                    (self.tr("&New enquiry…"), lambda: self.case_actions.new_enquiry()),
                    (self.tr("&Edit…"), self.edit_enquiry),
                    (self.tr("Mark &answered"), self.answer_enquiry),
                    (self.tr("&Delete"), self.delete_enquiry),
                    (self.tr("Response-time &targets…"), self.edit_targets),
                ]
            )
        )
        self.tabs.addTab(enquiries, self.tr("Enquiries"))

        self.incentive_status = QComboBox(self)
        self.incentive_status.setObjectName("incentive_status")
        self.incentive_status.addItem(self.tr("Every status"), None)
        for status in IncentiveStatus:
            self.incentive_status.addItem(status.label(ctx.lang), status.value)
        self.incentive_status.currentIndexChanged.connect(self.refresh)
        self.incentive_table = _table(
            self,
            [
                self.tr("Investor"),
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
            "incentive_table",
            numeric=(5, 9, 10),  # amount, jobs, years
        )
        _fit_width(self.incentive_table, (0, 1, 2, 3))  # investor, project, incentive, granting body
        compact_rows(self.incentive_table)
        self.incentive_table.doubleClicked.connect(lambda _i: self.open_project())
        applications = QWidget(self)
        column = QVBoxLayout(applications)
        filters = QHBoxLayout()
        filters.addWidget(self.incentive_status)
        filters.addStretch(1)
        column.addLayout(filters)
        column.addWidget(self.incentive_table, 1)
        column.addLayout(
            self._buttons(
                [
                    (self.tr("&Edit…"), self.edit_incentive),
                    (self.tr("Next &step"), self.advance_incentive),
                    (self.tr("Open &project"), self.open_project),
                    (self.tr("Doc&uments…"), self.incentive_documents),
                ]
            )
        )
        self.tabs.addTab(applications, self.tr("Incentive applications"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def _buttons(self, specs: list[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        lang = self.ctx.lang
        try:
            self.cases = aftercare.case_list(
                self.ctx,
                open_only=not self.show_closed.isChecked(),
                category=self.category.currentData(),
                overdue_only=self.overdue_only.isChecked(),
            )
            everything_open = aftercare.case_list(self.ctx, open_only=True)
            self.enquiries = aftercare.enquiry_list(
                self.ctx, open_only=self.enquiry_open.isChecked(), overdue_only=self.enquiry_overdue.isChecked()
            )
            self.applications = incentives.incentive_list(self.ctx, status=self.incentive_status.currentData())
            targets = aftercare.targets(self.ctx)
        except DomainError as exc:
            show_failure(self, exc, lang)
            return
        summary = aftercare.summarise(everything_open, lang)
        _fill(
            self.summary,
            [
                (
                    value,
                    [label, *(str(n) if n else "" for n in summary.counts[value]), str(summary.overdue[value] or "")],
                )
                for value, label in summary.categories
            ]
            + [
                (
                    "total",
                    [
                        self.tr("All open cases"),
                        *(
                            str(sum(summary.counts[v][i] for v, _l in summary.categories))
                            for i in range(len(AGE_BANDS))
                        ),
                        str(summary.total_overdue),
                    ],
                )
            ],
        )
        fit_rows(self.summary)  # its last category and the totals in view, not behind a scroll bar
        _fill(self.case_table, [(row.id, case_cells(row, lang)) for row in self.cases])
        mark_overdue(self.case_table, [r.overdue for r in self.cases], 6, self.tr("Overdue"))
        self.case_count.setText(
            self.tr("%1 open, %2 overdue")
            .replace("%1", str(summary.total_open))
            .replace("%2", str(summary.total_overdue))
        )
        _fill(
            self.enquiry_table,
            [
                (
                    e.id,
                    [
                        e.subject,
                        e.who_asked,
                        e.source_label,
                        e.priority_label,
                        formatting.day(e.received_on, lang),
                        formatting.day(e.acknowledged_on, lang),
                        formatting.day(e.answered_on, lang),
                        formatting.day(e.due_on, lang),
                        e.owner or "",
                    ],
                )
                for e in self.enquiries
            ],
        )
        mark_overdue(self.enquiry_table, [e.overdue for e in self.enquiries], 7, self.tr("Overdue"))
        self.targets.setText(
            self.tr("Targets: acknowledge within %1 days, answer within %2 days")
            .replace("%1", str(targets.enquiry_acknowledge_days))
            .replace("%2", str(targets.enquiry_answer_days))
        )
        _fill(
            self.incentive_table,
            [(a.id, [a.investor, a.project, *incentive_cells(a, lang)]) for a in self.applications],
        )

    def edit_targets(self) -> TargetsDialog:
        """The targets, for everyone to read and admins to change (a refusal shows in the dialog)."""
        dialog = TargetsDialog(self.ctx, self)
        dialog.sig_saved.connect(lambda _t: self.refresh())
        dialog.open()
        return dialog

    def export_source(self) -> ListSource:
        tables = {
            0: (self.tr("Grievance cases"), self.case_table, "cases"),
            1: (self.tr("Enquiries"), self.enquiry_table, "enquiries"),
            2: (self.tr("Incentive applications"), self.incentive_table, "incentives"),
        }
        title, table, name = tables[self.tabs.currentIndex()]
        return widget_source(title, table, name)

    def new_case(self, investor_id: uuid.UUID | None = None) -> CaseEditor | None:
        """A grievance received here: first whose it is (a picker), then the case."""
        if investor_id is None:
            from kotra_invest.ui.pickers import InvestorPicker

            picker = InvestorPicker(self.ctx, self.tr("Whose grievance is it?"), self)
            if not picker.exec() or picker.chosen is None:
                return None
            investor_id = picker.chosen
        return self.case_actions.new_case(investor_id)

    def selected_case(self) -> CaseRow | None:
        chosen = _selected_id(self.case_table)
        return next((r for r in self.cases if r.id == chosen), None)

    def edit_case(self) -> CaseEditor | None:
        row = self.selected_case()
        return self.case_actions.edit_case(row.id) if row else None

    def acknowledge(self) -> bool:
        row = self.selected_case()
        return row is not None and self.case_actions.acknowledge(row.id)

    def resolve(self, resolution: str | None = None) -> bool:
        row = self.selected_case()
        return row is not None and self.case_actions.resolve(row.id, resolution)

    def delete_case(self) -> bool:
        row = self.selected_case()
        return row is not None and self.case_actions.delete_case(row.id)

    def case_documents(self) -> QWidget | None:
        row = self.selected_case()
        return self.case_actions.documents("case", row.id, row.subject) if row else None

    def open_investor(self) -> None:
        row = self.selected_case()
        if row is not None:
            self.sig_open_record.emit("investor", row.investor_id)

    def edit_enquiry(self) -> EnquiryEditor | None:
        chosen = _selected_id(self.enquiry_table)
        return self.case_actions.edit_enquiry(chosen) if isinstance(chosen, uuid.UUID) else None

    def answer_enquiry(self) -> bool:
        chosen = _selected_id(self.enquiry_table)
        return isinstance(chosen, uuid.UUID) and self.case_actions.answer_enquiry(chosen)

    def delete_enquiry(self) -> bool:
        chosen = _selected_id(self.enquiry_table)
        return isinstance(chosen, uuid.UUID) and self.case_actions.delete_enquiry(chosen)

    def selected_application(self) -> IncentiveRow | None:
        chosen = _selected_id(self.incentive_table)
        return next((r for r in self.applications if r.id == chosen), None)

    def edit_incentive(self) -> IncentiveEditor | None:
        row = self.selected_application()
        return self.case_actions.edit_incentive(row.id) if row else None

    def advance_incentive(self) -> bool:
        row = self.selected_application()
        return row is not None and self.case_actions.advance_incentive(row)

    def incentive_documents(self) -> QWidget | None:
        row = self.selected_application()
        return self.case_actions.documents("incentive", row.id, f"{row.type_label} — {row.project}") if row else None

    def open_project(self) -> None:
        row = self.selected_application()
        if row is not None:
            self.sig_open_record.emit("project", row.project_id)
