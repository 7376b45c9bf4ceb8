"""Meetings (interactions): log, open, edit and delete with undo; a follow-up task in the same save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from kotra_invest import formatting
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError, ValidationError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import contacts, delegations, interactions, meetings, records, tasks
from kotra_invest.services.investors import investor_page
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.forms import DateEdit, DateTimeEdit, FormDialog, line_text, set_combo_data
from kotra_invest.ui.places import all_zones
from kotra_invest.ui.undo import Changed, RecordEdits


class MeetingEditor(FormDialog):
    """A meeting, call, e-mail or visit: when (on the clock of the place it happens: Korea, or a city of
    the delegation — never the PC's own zone), with whom, about which project or delegation, what was
    said, what came of it — and, when logging one, a follow-up task. The moment is stored in UTC."""

    def __init__(
        self,
        ctx: Context,
        investor_id: uuid.UUID,
        draft: interactions.InteractionDraft | None,
        parent: QWidget | None = None,
        *,
        project_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(
            self.tr("Log a meeting") if draft is None else record_kind("interaction", ctx.lang), ctx.lang, parent
        )
        self.ctx = ctx
        self.investor_id = investor_id
        self.base = draft
        page = investor_page(ctx, investor_id)
        self.setWindowTitle(self.windowTitle() + f" — {page.name}")
        self.kind = QComboBox(self)
        for kind in InteractionKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.when = DateTimeEdit(self)  # reads 2026. 3. 4. (수) 14:00 pasted from a mail too
        self.add_field("occurred_at", self.tr("When (local time of the place)"), self.when, required=True)
        # The zone the time above is typed in: an officer abroad types the meeting's own time.
        self.zone = QComboBox(self)
        self.zone.setEditable(True)  # type a few letters of a zone: the list has them all
        self._fill_zones(())
        self.add_field("time_zone", self.tr("Time zone"), self.zone)
        self.when_korea = QLabel(self)
        self.when_korea.setObjectName("when_korea")
        self.add_field("when_korea", self.tr("In Korea"), self.when_korea)
        self._set_moment(datetime.now(UTC))
        self.contact = QComboBox(self)
        self.contact.addItem("—", None)
        for person in page.contacts:
            self.contact.addItem(person.full_name, person.id)
        self.add_field("contact", self.tr("With"), self.contact)
        self.project = QComboBox(self)
        self.project.addItem("—", None)
        for project in page.projects:
            self.project.addItem(project.title, project.id)
        self.add_field("project", self.tr("About project"), self.project)
        self.delegation = QComboBox(self)
        self.delegation.addItem("—", None)
        for trip in delegations.list_delegations(ctx):
            self.delegation.addItem(trip.title if ctx.lang == "ko" or not trip.title_en else trip.title_en, trip.id)
        self.add_field("delegation", self.tr("During delegation"), self.delegation)
        self.place = self.line("place", self.tr("Place"), max_length=200)
        self.their_participants = self.line("their_participants", self.tr("Their participants"))
        self.their_participants.setPlaceholderText(self.tr("e.g. CEO Anna Lindqvist, CFO Erik Sand"))
        self.our_participants = self.line("our_participants", self.tr("Our participants"))
        self.our_participants.setPlaceholderText(self.tr("e.g. Director Kim (KOTRA), Busan FEZ"))
        self.summary = self.text_area("summary", self.tr("Summary"))
        self.outcome = self.line("outcome", self.tr("Outcome / next step"))
        self.follow_up = QCheckBox(self.tr("Create a follow-up task"), self)
        self.follow_up.setObjectName("field_follow_up")
        self.follow_up_title = QLineEdit(self)
        self.follow_up_title.setMaxLength(200)
        self.assignee = QComboBox(self)
        for login, name in tasks.assignees(ctx):
            self.assignee.addItem(name, login)
        set_combo_data(self.assignee, ctx.actor)
        self.due = DateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        if draft is None:
            self.add_field("follow_up", self.tr("Follow-up"), self.follow_up)
            self.add_field("follow_up_title", self.tr("Task"), self.follow_up_title)
            self.add_field("assignee", self.tr("Assignee"), self.assignee)
            self.add_field("due_on", self.tr("Due"), self.due)
            self.follow_up.toggled.connect(self._follow_up_toggled)
            self._follow_up_toggled(False)
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
            # On the clock it was given on (Korea's for meetings logged before zones were kept).
            self.zone.setCurrentIndex(max(self.zone.findData(draft.time_zone or "Asia/Seoul"), 0))
            self._set_moment(draft.occurred_at)
            self._keep_attendee(draft.contact_id)
            set_combo_data(self.contact, draft.contact_id)
            set_combo_data(self.project, draft.project_id)
            set_combo_data(self.delegation, draft.delegation_id)
            self.summary.setPlainText(draft.summary)
            self.outcome.setText(draft.outcome or "")
            self.place.setText(draft.place or "")
            self.their_participants.setText(draft.their_participants or "")
            self.our_participants.setText(draft.our_participants or "")
        if project_id is not None:
            set_combo_data(self.project, project_id)
        self.delegation.currentIndexChanged.connect(self._delegation_chosen)
        self.when.dateTimeChanged.connect(self._show_korea_time)
        self.zone.currentTextChanged.connect(self._show_korea_time)
        if self.delegation.currentData() is not None:
            self._delegation_chosen()  # an opened meeting of a trip offers the trip's cities too
        self._show_korea_time()
        self.resize(560, 660)

    def _keep_attendee(self, contact_id: uuid.UUID | None) -> None:
        """The person the meeting names stays on offer when they are not the investor's any more
        (moved to another company since, an adviser, deleted): the list held only the investor's
        people, so the editor showed "—" and its save took them off the meeting."""
        if contact_id is None or any(self.contact.itemData(i) == contact_id for i in range(self.contact.count())):
            return
        person = contacts.attendee(self.ctx, contact_id)
        if person.deleted:
            label = self.tr("%1 (deleted)").replace("%1", person.name)
        elif person.investor is None:
            label = self.tr("%1 (adviser)").replace("%1", person.name)
        else:
            label = self.tr("%1 (now at %2)").replace("%1", person.name).replace("%2", person.investor)
        self.contact.addItem(label, contact_id)

    def _fill_zones(self, stops: tuple[tuple[str, str], ...]) -> None:
        """Korea first, then the delegation's cities (city — zone), then every zone."""
        self.zone.blockSignals(True)
        current = self.zone_name()
        self.zone.clear()
        self.zone.addItem(self.tr("Korea — Asia/Seoul"), "Asia/Seoul")
        for city, zone in stops:
            self.zone.addItem(f"{city} — {zone}", zone)
        for zone in all_zones():
            self.zone.addItem(zone, zone)
        self.zone.setCurrentIndex(max(self.zone.findData(current or "Asia/Seoul"), 0))
        self.zone.blockSignals(False)

    def zone_name(self) -> str | None:
        """The IANA zone chosen (or typed); None when what is typed is no zone."""
        if self.zone.count() == 0:
            return None
        text = self.zone.currentText().strip()
        index = self.zone.findText(text)
        value = self.zone.itemData(index) if index >= 0 else text
        return value if isinstance(value, str) and value in all_zones() else None

    def _set_moment(self, moment: datetime) -> None:
        """Show a stored moment on the chosen zone's clock."""
        local = moment.astimezone(ZoneInfo(self.zone_name() or "Asia/Seoul"))
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def _delegation_chosen(self) -> None:
        """A meeting during a trip: its cities come first, and a new meeting takes the first one's zone."""
        trip = self.delegation.currentData()
        stops: tuple[tuple[str, str], ...] = ()
        if isinstance(trip, uuid.UUID):
            try:
                stops = tuple((d.city, d.time_zone) for d in delegations.delegation_page(self.ctx, trip).destinations)
            except DomainError:
                stops = ()
        self._fill_zones(stops)
        if stops and self.base is None:
            self.zone.setCurrentIndex(1)
        self._show_korea_time()

    def moment(self) -> datetime | None:
        """The typed wall-clock time on the chosen zone's clock, as an aware moment (None: no zone)."""
        zone = self.zone_name()
        if zone is None:
            return None
        value = self.when.dateTime()
        wall = datetime(
            value.date().year(), value.date().month(), value.date().day(), value.time().hour(), value.time().minute()
        )
        return wall.replace(tzinfo=ZoneInfo(zone))

    def _show_korea_time(self) -> None:
        moment = self.moment()
        if moment is None:
            self.when_korea.setText(self.tr("Pick a time zone from the list"))
            return
        self.when_korea.setText(formatting.moment_at_place(moment, self.lang, self.zone_name()))

    def _follow_up_toggled(self, on: bool) -> None:
        for widget in (self.follow_up_title, self.assignee, self.due):
            widget.setEnabled(on)
        if on and not self.follow_up_title.text():
            self.follow_up_title.setText(self.outcome.text())

    def draft(self) -> interactions.InteractionDraft:
        moment = self.moment()
        if moment is None:
            raise ValidationError("invalid_value", field="time_zone", value=self.zone.currentText())
        return interactions.InteractionDraft(
            kind=self.kind.currentData(),
            occurred_at=moment.astimezone(UTC),
            summary=self.summary.toPlainText().strip(),
            investor_id=self.investor_id,
            contact_id=self.contact.currentData(),
            project_id=self.project.currentData(),
            delegation_id=self.delegation.currentData(),
            officer_login=self.base.officer_login if self.base else None,
            outcome=line_text(self.outcome),
            place=line_text(self.place),
            their_participants=line_text(self.their_participants),
            our_participants=line_text(self.our_participants),
            time_zone=self.zone_name(),
        )

    def follow_up_draft(self) -> tasks.TaskDraft | None:
        if not self.follow_up.isChecked():
            return None
        value = self.due.date()
        return tasks.TaskDraft(
            title=self.follow_up_title.text().strip(),
            due_on=date(value.year(), value.month(), value.day()),
            assignee_login=self.assignee.currentData(),
        )


class MeetingActions:
    """Log (with a follow-up), open/edit and delete meetings, undoable; for every window that shows them."""

    def __init__(
        self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: Callable[[Changed], object]
    ) -> None:
        self.ctx, self.parent = ctx, parent
        self.edits = RecordEdits(ctx, undo_stack, parent, on_change)

    def create(self, investor_id: uuid.UUID, *, project_id: uuid.UUID | None = None) -> MeetingEditor | None:
        try:
            editor = MeetingEditor(self.ctx, investor_id, None, self.parent, project_id=project_id)
        except DomainError as exc:
            self.edits.report(exc)
            return None
        ctx = self.ctx
        editor.set_save(lambda: lambda: meetings.log_meeting(ctx, editor.draft(), editor.follow_up_draft()))

        def saved(logged: object) -> None:
            assert isinstance(logged, meetings.Logged)
            parts: list[tuple[records.Kind[object, object], uuid.UUID]] = [  # type: ignore[type-var]
                (interactions.INTERACTION, logged.meeting_id)  # type: ignore[list-item]
            ]
            if logged.task_id is not None:
                parts.append((tasks.TASK, logged.task_id))  # type: ignore[arg-type]

            def undo() -> None:
                for kind, record_id in reversed(parts):
                    records.delete(ctx, kind, record_id)

            def redo() -> None:
                for kind, record_id in parts:
                    records.restore(ctx, kind, record_id)

            changed = Changed("interaction", (logged.meeting_id,))
            self.edits.stack.push(
                self.edits.command(QCoreApplication.translate("MeetingActions", "Log meeting"), redo, undo, changed)
            )
            self.edits.on_change(changed)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def edit(self, meeting_id: uuid.UUID) -> MeetingEditor | None:
        try:
            before, _version = interactions.get_interaction(self.ctx, meeting_id)
        except DomainError as exc:
            self.edits.report(exc)
            return None
        investor_id = before.investor_id
        assert investor_id is not None
        return self.edits.edit(
            interactions.INTERACTION,
            meeting_id,
            lambda draft: MeetingEditor(self.ctx, investor_id, draft, self.parent),
            QCoreApplication.translate("MeetingActions", "Edit meeting"),
        )

    def delete(self, meeting_id: uuid.UUID) -> bool:
        return self.edits.delete(
            interactions.INTERACTION, meeting_id, QCoreApplication.translate("MeetingActions", "Delete meeting")
        )
