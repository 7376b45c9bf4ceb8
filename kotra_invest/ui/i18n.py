"""Korean or English on screen: Qt Linguist translations of our strings, and Qt's own for its dialogs.

The source strings are English (`self.tr("Investors")`); `resources/translations/kotra_invest_ko.ts`
holds the Korean, compiled to the `.qm` file that ships beside it (`pyside6-lrelease`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kotra_invest.assets import asset_dir

TRANSLATIONS = asset_dir("translations")

_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Switch the application's strings to `lang` ('ko' or 'en'); True when Korean loaded fully."""
    app = QCoreApplication.instance()
    assert app is not None, "install translations after the QApplication exists"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
    if lang != "ko":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS / "kotra_invest_ko.qm"))
    qt_own = QTranslator(app)  # OK/Cancel/Yes/No in Qt's standard dialogs
    if qt_own.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded
