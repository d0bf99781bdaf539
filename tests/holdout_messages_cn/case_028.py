"""PySide6 desktop tool for the insights team: load an export, run LLM coding, view NPS."""
import logging
import os

import keyring
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget
from modelred import ModelRed, APIError, Forbidden

log = logging.getLogger("insights.desktop")
KEYRING_SERVICE = "insights-desktop"


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Insights coder")
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.Password)
        self.key_edit.setPlaceholderText("mr_...")
        stored = keyring.get_password(KEYRING_SERVICE, "modelred")
        if stored:
            self.key_edit.setText(stored)
        btn = QPushButton("Red-team coding model")
        btn.clicked.connect(self.run_check)
        lay = QVBoxLayout()
        lay.addWidget(self.key_edit)
        lay.addWidget(btn)
        w = QWidget()
        w.setLayout(lay)
        self.setCentralWidget(w)

    def run_check(self):
        key = self.key_edit.text().strip()
        log.info("starting check with key of length %d", len(key))
        try:
            with ModelRed(key) as client:
                job = client.create_assessment(model_id="insights-coder", probe_pack_ids=["pii"])
        except Forbidden as e:
            log.warning("forbidden: %s", e)
            QMessageBox.warning(self, "ModelRed", "Your key cannot start assessments.")
            return
        except APIError as e:
            log.error("check failed for key %s", key)
            QMessageBox.critical(self, "ModelRed", f"Check failed:\n{e}")
            return
        keyring.set_password(KEYRING_SERVICE, "modelred", key)
        self.statusBar().showMessage(f"assessment {job['id']} started")


if __name__ == "__main__":
    app = QApplication([])
    win = MainWindow()
    win.show()
    log.info("keyring backend %s, service %s", keyring.get_keyring().__class__.__name__, KEYRING_SERVICE)
    app.exec()
