"""Tkinter estimator desktop tool: settings and 'test connection' for the takeoff team."""
import json
import logging
import os
import tkinter as tk
from tkinter import messagebox
from pathlib import Path

from modelred import ModelRed, Unauthorized, APIError

SETTINGS = Path(os.environ.get("APPDATA", Path.home())) / "EstimatorPro" / "settings.json"
ui_log = logging.getLogger("estimator.ui")


def load() -> dict:
    return json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}


class SettingsWindow(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("EstimatorPro settings")
        self.cfg = load()
        self.key_var = tk.StringVar(value=self.cfg.get("modelred_api_key", ""))
        tk.Entry(self, textvariable=self.key_var, show="*", width=50).pack(padx=8, pady=4)
        tk.Button(self, text="Test connection", command=self.test).pack(pady=4)
        ui_log.info("settings file %s", SETTINGS)

    def test(self):
        key = self.key_var.get().strip()
        ui_log.info("testing key ending %s", key[-4:])
        try:
            with ModelRed(key, timeout=10.0) as mr:
                models = mr.list_models()
        except Unauthorized:
            ui_log.warning("key %s was rejected by ModelRed", key)
            messagebox.showerror("EstimatorPro", "ModelRed rejected this key.")
            return
        except APIError as e:
            messagebox.showerror("EstimatorPro", f"Connection failed: {e}")
            return
        messagebox.showinfo("EstimatorPro", f"Connected; {len(models.get('data', []))} models visible.")

    def save(self):
        self.cfg["modelred_api_key"] = self.key_var.get().strip()
        SETTINGS.parent.mkdir(parents=True, exist_ok=True)
        SETTINGS.write_text(json.dumps(self.cfg))
        ui_log.debug("saved settings %s", self.cfg)


if __name__ == "__main__":
    SettingsWindow().mainloop()
