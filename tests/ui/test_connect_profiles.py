"""The Connect dialog forgets what the user asks it to: a saved connection (with its password), and
a remembered password once "remember" is unticked."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from kotra_invest.services import connections
from kotra_invest.services.connections import ServerProfile
from kotra_invest.services.database import upgrade
from kotra_invest.ui.connect import ConnectDialog


class MemoryKeyring(KeyringBackend):
    """A real keyring backend kept in memory (what a desktop's keychain does)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


SEOUL = ServerProfile(host="crm.kotra.internal", database="kotra", user="kim.minji", name="본사")
BUSAN = ServerProfile(host="crm-bs.kotra.internal", database="kotra", user="park", name="부산")


def test_a_saved_connection_is_removed_with_its_password(
    qtbot: QtBot, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    for profile in (BUSAN, SEOUL):
        connections.save_profile(profile)
        connections.store_password(profile, f"secret-{profile.name}")
    dialog = ConnectDialog("en", "tester")
    qtbot.addWidget(dialog)
    assert [dialog.profiles.itemText(i) for i in range(dialog.profiles.count())] == [
        "New connection",
        SEOUL.label,
        BUSAN.label,
    ]
    assert dialog.password.text() == "secret-본사" and dialog.remove_profile_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.remove_profile_button.click()  # asked, and the user said no: nothing goes
    assert [p.label for p in connections.load_profiles()] == [SEOUL.label, BUSAN.label]

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.remove_profile_button.click()
    assert [p.label for p in connections.load_profiles()] == [BUSAN.label]
    assert connections.get_password(SEOUL) is None and connections.get_password(BUSAN) == "secret-부산"
    assert [dialog.profiles.itemText(i) for i in range(dialog.profiles.count())] == ["New connection", BUSAN.label]
    assert SEOUL.label in dialog.status.text()
    dialog.profiles.setCurrentIndex(0)
    assert not dialog.remove_profile_button.isEnabled()  # "New connection" is not a saved one


@pytest.mark.postgres
def test_unticking_remember_forgets_the_stored_password(
    qtbot: QtBot, memory_keyring: MemoryKeyring, pg_url: str
) -> None:
    upgrade(pg_url)
    url = make_url(pg_url)

    def connect_once(remember: bool) -> ServerProfile:
        dialog = ConnectDialog("en", "tester")
        qtbot.addWidget(dialog)
        dialog.profiles.setCurrentIndex(0)
        dialog.host.setText(str(url.query["host"]))
        dialog.database.setText(url.database or "")
        dialog.user.setText(url.username or "")
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
        dialog.password.setText("typed-password")  # the test cluster trusts local logins; any will do
        dialog.remember.setChecked(remember)
        with qtbot.waitSignal(dialog.sig_connected, timeout=15_000) as connected:
            dialog.connect_now()
        connected.args[0].db.dispose()
        return dialog.profile()

    profile = connect_once(remember=True)
    assert connections.get_password(profile) == "typed-password"
    connect_once(remember=False)
    assert connections.get_password(profile) is None
