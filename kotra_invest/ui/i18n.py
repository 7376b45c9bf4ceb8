"""Korean or English on screen: Qt Linguist translations of our strings, and Qt's own for its dialogs.

The source strings are English (`self.tr("Investors")`); `resources/translations/kotra_invest_ko.ts`
holds the Korean, compiled to the `.qm` file that ships beside it (`pyside6-lrelease`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kotra_invest import catalog
from kotra_invest.assets import asset_dir

TRANSLATIONS = asset_dir("translations")

_installed: list[QTranslator] = []

# Strings of Qt's own file dialog that its Korean catalogue (qtbase_ko, written for Qt 5) lacks in
# their Qt 6 spelling: our catalogue carries them, so the dialog has no English label left.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def _qt_translations() -> list[str]:
    """Where Qt's own .qm files are: Qt's reported path, else PySide6's folder (a frozen app)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


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
    qt_own = QTranslator(app)  # OK/Cancel/Yes/No, the file and print dialogs: Qt's own strings
    if any(qt_own.load("qtbase_ko", folder) for folder in _qt_translations()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
        # msg() asks the same compiled catalogue: a Korean start never parses the .ts. Kept after a
        # switch to English: what a Korean export or message asks then is the same Korean.
        catalog.use_compiled(lambda context, english, disambiguation: ours.translate(context, english, disambiguation))
    return loaded
