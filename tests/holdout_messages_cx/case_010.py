"""Qt front end for the confocal microscope (Micro-Manager through pycromanager) with a
'describe field' button and a ModelRed check of the description model."""
import logging
import sys

import keyring
from PyQt5.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget
from pycromanager import Core
from modelred import ModelRed, ModelRedError, RateLimitError

logger = logging.getLogger("confocal.gui")

KEYRING_SERVICE = "confocal-lab"
KEYRING_USER = "modelred"


class ConfocalWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Confocal assistant")
        self.core = Core()
        self.model_id = "confocal-describer"
        key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        logger.debug("keyring %s/%s returned %r", KEYRING_SERVICE, KEYRING_USER, key)
        logger.info("keyring backend: %s", type(keyring.get_keyring()).__name__)
        self.mr = ModelRed(api_key=key)
        box = QVBoxLayout()
        snap = QPushButton("Snap + describe")
        snap.clicked.connect(self.snap)
        check = QPushButton("Check describer model")
        check.clicked.connect(self.check_model)
        box.addWidget(snap)
        box.addWidget(check)
        host = QWidget()
        host.setLayout(box)
        self.setCentralWidget(host)

    def snap(self):
        self.core.snap_image()
        tagged = self.core.get_tagged_image()
        self.statusBar().showMessage(f"image {tagged.tags['Width']}x{tagged.tags['Height']} from {self.model_id}")

    def check_model(self):
        try:
            result = self.mr.create_assessment(model=self.model_id, test_types=["prompt_injection", "toxicity"], priority="normal")
        except RateLimitError:
            QMessageBox.warning(self, "ModelRed", "Rate limited, try again in a minute.")
            return
        except ModelRedError as e:
            logger.exception("assessment for %s failed", self.model_id)
            QMessageBox.critical(self, "ModelRed", f"Assessment failed: {e}")
            return
        self.statusBar().showMessage(f"assessment {result['id']} queued")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv)
    win = ConfocalWindow()
    win.show()
    sys.exit(app.exec_())
