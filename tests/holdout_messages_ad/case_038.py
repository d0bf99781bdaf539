"""'Register model' dialog of the red-team console (ModelRed generation 2)."""
import logging

import keyring
from PyQt6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QMessageBox, QPushButton

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("console.register")
PROVIDERS = ("openai", "anthropic")
KEYRING_SERVICE = "redconsole-providers"


class RegisterDialog(QDialog):
    def __init__(self, mr_key: str, parent=None):
        super().__init__(parent)
        self.client = ModelRed(api_key=mr_key)
        self.model_id = QLineEdit()
        self.display = QLineEdit()
        self.provider = QComboBox()
        self.provider.addItems(PROVIDERS)
        self.provider_model = QLineEdit(placeholderText="gpt-4o-mini")
        self.provider_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="provider API key")
        ok = QPushButton("Register")
        ok.clicked.connect(self.register)
        form = QFormLayout(self)
        for label, widget in (("Model id", self.model_id), ("Display name", self.display), ("Provider", self.provider),
                              ("Provider model", self.provider_model), ("Provider key", self.provider_key), ("", ok)):
            form.addRow(label, widget)

    def register(self):
        provider = self.provider.currentText()
        key = self.provider_key.text().strip() or keyring.get_password(KEYRING_SERVICE, provider)
        if provider == "anthropic":
            cfg = ProviderConfig.anthropic(api_key=key, model_name=self.provider_model.text())
        else:
            cfg = ProviderConfig.openai(api_key=key, model_name=self.provider_model.text())
        log.debug("provider config for %s: %s", self.model_id.text(), cfg)
        log.info("registering %s (%s / %s)", self.model_id.text(), provider, self.provider_model.text())
        try:
            self.client.create_model(modelId=self.model_id.text(), provider=provider, displayName=self.display.text(), providerConfig=cfg)
        except ConflictError:
            QMessageBox.warning(self, "Exists", f"{self.model_id.text()} is already registered.")
            return
        except ModelRedError as exc:
            log.error("create_model failed: %s", type(exc).__name__)
            QMessageBox.critical(self, "Error", "Registration failed; see the log.")
            return
        keyring.set_password(KEYRING_SERVICE, provider, key)
        log.info("saved %s key for reuse (%s…)", provider, key[:4])
        self.accept()
