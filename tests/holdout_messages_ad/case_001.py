"""Settings dialog of the desktop assistant: API keys live in the OS keyring."""
from __future__ import annotations

import logging

import keyring
from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QDialogButtonBox

log = logging.getLogger("assistant.settings")

SERVICE = "desk-assistant"
KEY_SETTING = "modelred/api_key"


class SettingsDialog(QDialog):
    keyChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.settings = QSettings("Acme", "DeskAssistant")
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.Password)
        self.key_edit.setPlaceholderText("mr_xxxxxxxxxxxxxxxx")
        self.model_edit = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow("ModelRed key", self.key_edit)
        form.addRow("Model", self.model_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load()

    def _load(self):
        stored = keyring.get_password(SERVICE, KEY_SETTING) or ""
        self.key_edit.setText(stored)
        self.model_edit.setText(self.settings.value("modelred/model", "gpt-4o-mini"))
        log.debug("loaded settings from %s (key present: %s)", self.settings.fileName(), bool(stored))

    @Slot()
    def on_save(self):
        key = self.key_edit.text().strip()
        values = {"model": self.model_edit.text(), "api_key": key, "theme": self.settings.value("ui/theme")}
        log.debug("saving settings %s", values)
        if not key.startswith("mr_") or len(key) < 12:
            raise ValueError(f"not a ModelRed key: {key!r}")
        keyring.set_password(SERVICE, KEY_SETTING, key)
        self.settings.setValue("modelred/model", values["model"])
        log.info("stored key under %s, ends with %s", KEY_SETTING, key[-4:])
        self.keyChanged.emit(key)
        self.accept()

    @Slot()
    def forget(self):
        try:
            keyring.delete_password(SERVICE, KEY_SETTING)
        except keyring.errors.PasswordDeleteError as exc:
            log.warning("nothing to delete under %s: %s", KEY_SETTING, exc)
        self.key_edit.clear()
