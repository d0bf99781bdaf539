"""PyQt5 window with an async ModelRed client driven by qasync."""
import asyncio
import logging
import os
import sys

import qasync
from PyQt5.QtWidgets import QApplication, QMainWindow, QPushButton

from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger(__name__)


class ScanWindow(QMainWindow):
    def __init__(self, key: str, org: str):
        super().__init__()
        self.key = key
        self.org = org
        btn = QPushButton("Validate and scan", self)
        btn.clicked.connect(lambda: asyncio.ensure_future(self.scan()))
        self.setCentralWidget(btn)
        self.statusBar().showMessage(f"Organisation: {org}")

    async def check_key(self, client):
        ok = await client.validate_api_key()
        if not ok:
            raise ValueError(f"ModelRed did not accept key {self.key}")
        logger.info("key for %s accepted (…%s)", self.org, self.key[-4:])

    async def scan(self):
        self.statusBar().showMessage("scanning…")
        try:
            async with ModelRed(api_key=self.key) as client:
                await self.check_key(client)
                status = await client.run_assessment(model_id="desk-helper", test_suites=["basic_security", "toxicity"])
        except AuthenticationError:
            self.statusBar().showMessage("Key refused by ModelRed")
            return
        except ModelRedError as err:
            logger.warning("scan error %s", type(err).__name__)
            self.statusBar().showMessage(f"Scan error: {err}", 10000)
            return
        self.statusBar().showMessage(f"assessment {status['assessment_id']} started")


def main():
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise SystemExit("MODELRED_API_KEY is not set")
    app = QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    win = ScanWindow(key, os.environ.get("MODELRED_ORG", "personal"))
    win.show()
    with loop:
        loop.run_forever()


if __name__ == "__main__":
    main()
