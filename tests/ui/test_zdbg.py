from PySide6.QtCore import QThreadPool, QTimer, QObject, Signal, QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication
import threading

class S(QObject):
    sig = Signal(object)

def test_a(qtbot, qapp):
    QTimer.singleShot(0, QApplication.quit)
    qapp.exec()

def test_dbg(qtbot):
    got=[]
    s=S()
    s.sig.connect(got.append)
    t=threading.Thread(target=lambda: s.sig.emit(1)); t.start(); t.join()
    QCoreApplication.sendPostedEvents()
    print("after send", got)
    loop=QEventLoop(); QTimer.singleShot(200, loop.quit); loop.exec()
    print("after loop", got)
    qtbot.waitUntil(lambda: got, timeout=2000)
