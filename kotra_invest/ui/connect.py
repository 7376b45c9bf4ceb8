"""Connect to the agency's shared server: a remembered profile, the connection tested before use,
the password in the system keyring (never in a file) — or asked every time where there is none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kotra_invest.catalog import with_args
from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import connections
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background


class ConnectDialog(QDialog):
    """Server, database, user and password; Test shows the schema and who you would be there."""

    sig_connected = Signal(object)
    """The Context of the server, once connected."""

    def __init__(self, lang: str, fallback_login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.fallback_login = fallback_login
        self.setWindowTitle(self.tr("Connect to server"))
        self.profiles = QComboBox(self)
        self.profiles.setObjectName("profiles")
        self.profiles.addItem(self.tr("New connection"), None)
        for profile in connections.load_profiles():
            self.profiles.addItem(profile.label, profile)
        self.remove_profile_button = QPushButton(self.tr("&Remove"), self)
        self.remove_profile_button.setObjectName("remove_profile")
        self.remove_profile_button.setToolTip(self.tr("Forget this saved connection and its stored password"))
        self.remove_profile_button.clicked.connect(self.remove_profile)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.profiles, 1)
        saved_row.addWidget(self.remove_profile_button)
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.sslmode = QComboBox(self)
        for mode in connections.SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData("prefer")))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        if not connections.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("No system keyring here: the password is asked every time"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        test = QPushButton(self.tr("&Test connection"), self)
        test.setObjectName("test_connection")
        test.clicked.connect(self.test)
        form = QFormLayout(self)
        form.addRow(self.tr("Saved connections"), saved_row)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Encryption (sslmode)"), self.sslmode)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        form.addRow(test, self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.profiles.currentIndexChanged.connect(self._load_profile)
        if self.profiles.count() > 1:
            self.profiles.setCurrentIndex(1)
        self._profile_chosen()

    def _profile_chosen(self) -> None:
        self.remove_profile_button.setEnabled(isinstance(self.profiles.currentData(), connections.ServerProfile))

    def remove_profile(self) -> None:
        """Drop the chosen saved connection, and its password from the keyring, after asking."""
        profile = self.profiles.currentData()
        if not isinstance(profile, connections.ServerProfile):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove saved connection"),
            with_args(self.tr("Remove the saved connection %1 and its stored password?"), profile.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        connections.delete_profile(profile.label)
        self.profiles.removeItem(self.profiles.currentIndex())
        self.status.setText(with_args(self.tr("Removed the saved connection %1."), profile.label))

    def _load_profile(self) -> None:
        self._profile_chosen()
        profile = self.profiles.currentData()
        if not isinstance(profile, connections.ServerProfile):
            return
        self.host.setText(profile.host)
        self.port.setValue(int(profile.port))
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
        stored = connections.get_password(profile)
        self.password.setText(stored or "")
        self.remember.setChecked(stored is not None)

    def profile(self) -> connections.ServerProfile:
        return connections.ServerProfile(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self.sslmode.currentData(),
        ).validated()

    def _url(self) -> str:
        return self.profile().url(self.password.text() or None)

    def test(self) -> background.Job | None:
        try:
            url = self._url()
        except DomainError as exc:
            self.status.setText(exc.message(self.lang))
            return None
        self.status.setText(self.tr("Testing…"))

        def shown(status: Any) -> None:
            role = Role(status.role).label(self.lang)  # the role the server gives this login
            state = {
                "current": self.tr("schema up to date"),
                "outdated": self.tr("schema older than this program: run 'kotra-invest db upgrade'"),
                "too_new": self.tr("schema newer than this program: update kotra-invest"),
                "empty": self.tr("empty database: run 'kotra-invest db upgrade'"),
            }
            self.status.setText(
                self.tr("Reachable (PostgreSQL %1); %2; the server signs you in as %3, role: %4.")
                .replace("%1", status.server_version)
                .replace("%2", state.get(status.schema_state, status.schema_state))
                .replace("%3", status.login)
                .replace("%4", role)
            )

        return background.start(
            lambda _p, _c: connections.test_connection(url),
            on_done=shown,
            on_error=lambda exc: self.status.setText(background.error_text(exc, self.lang)),
            parent=self,
        )

    def connect_now(self) -> background.Job | None:
        try:
            profile = self.profile()
            url = self._url()
        except DomainError as exc:
            self.status.setText(exc.message(self.lang))
            return None
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        password = self.password.text()

        def opened(ctx: Any) -> None:
            connections.save_profile(profile)
            if self.remember.isChecked() and password:
                connections.store_password(profile, password)
            elif not self.remember.isChecked():
                connections.forget_password(profile.label)  # unticked: a password kept before goes too
            self.sig_connected.emit(ctx)
            self.accept()

        def failed(exc: Exception) -> None:
            self.connect_button.setEnabled(True)
            self.status.setText(background.error_text(exc, self.lang))

        return background.start(
            lambda _p, _c: connections.signed_in_context(url, self.fallback_login, lang=self.lang),
            on_done=opened,
            on_error=failed,
            parent=self,
        )


def connect_dialog(parent: QWidget, ctx: Context) -> ConnectDialog:
    dialog = ConnectDialog(ctx.lang, ctx.actor, parent)
    dialog.open()
    return dialog
