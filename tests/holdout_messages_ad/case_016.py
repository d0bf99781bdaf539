"""Main window of the red-team desktop console (PySide6)."""
import logging

import keyring
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QLineEdit, QVBoxLayout, QWidget

from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey

log = logging.getLogger("redconsole.main")


class MainWindow(QMainWindow):
    def __init__(self, org_id: str):
        super().__init__()
        self.org_id = org_id
        self._api_key = keyring.get_password("redconsole", org_id)
        self.model_input = QLineEdit(placeholderText="model id")
        run = QPushButton("Run assessment")
        run.clicked.connect(self.run_assessment)
        box = QVBoxLayout()
        box.addWidget(self.model_input)
        box.addWidget(run)
        host = QWidget()
        host.setLayout(box)
        self.setCentralWidget(host)
        log.info("window ready for org %s", self.org_id)
        log.debug("client ready for %s with key %s", self.org_id, self._api_key)

    def run_assessment(self):
        model_id = self.model_input.text().strip()
        if not self._api_key:
            QMessageBox.warning(self, "No key", f"No ModelRed key saved for {self.org_id}.")
            return
        try:
            with ModelRed(self._api_key) as client:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=["baseline", "jailbreak-v2"])
        except (Forbidden, NotAllowedForApiKey) as exc:
            QMessageBox.warning(self, "Not allowed", f"This key may not scan models (HTTP {exc.status_code}).")
            return
        except APIError as exc:
            log.exception("assessment failed for %s", model_id)
            QMessageBox.critical(self, "Assessment failed", f"ModelRed said: {exc}")
            return
        QMessageBox.information(self, "Queued", f"Assessment {job['id']} queued for {model_id}.")

    def closeEvent(self, event):
        log.info("closing console for %s", self.org_id)
        super().closeEvent(event)
