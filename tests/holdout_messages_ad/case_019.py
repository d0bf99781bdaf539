"""System-tray helper that scans the models listed in the user's workspace file."""
import json
import warnings
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

import modelred as mr

WORKSPACE = Path.home() / ".redtray" / "workspace.json"


def read_workspace() -> dict:
    data = json.loads(WORKSPACE.read_text())
    key = data.get("modelredKey", "")
    if key.startswith("mr_test_"):
        warnings.warn(f"workspace uses a test key ({key}); results are not stored")
    if "openaiKey" in data:
        warnings.warn("openaiKey in workspace.json is deprecated; use the keychain", DeprecationWarning)
    return data


class Tray(QSystemTrayIcon):
    def __init__(self, app: QApplication):
        super().__init__(QIcon(":/icons/tray.png"), app)
        self.ws = read_workspace()
        self.client = mr.ModelRedClient(api_key=self.ws["modelredKey"])
        menu = QMenu()
        menu.addAction("Scan all", self.scan_all)
        menu.addAction("Quit", app.quit)
        self.setContextMenu(menu)
        self.setToolTip(f"RedTray: {len(self.ws.get('models', []))} models")

    def scan_all(self):
        for model in self.ws.get("models", []):
            try:
                self.client.create_assessment(model=model, test_types=["jailbreak"])
            except mr.ValidationError:
                self.showMessage("RedTray", f"{model}: invalid model name", QSystemTrayIcon.Warning)
            except mr.ModelRedError as exc:
                self.showMessage("RedTray", f"{model}: {exc}", QSystemTrayIcon.Critical)
                break
        else:
            self.showMessage("RedTray", "All scans queued")


if __name__ == "__main__":
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    tray = Tray(app)
    tray.show()
    app.exec()
