"""First-run wizard (Tkinter): paste an OpenAI key, test it, store it."""
import logging
import tkinter as tk
from tkinter import ttk

import keyring
import requests

log = logging.getLogger("wizard")
MODELS_URL = "https://api.openai.com/v1/models"


class KeyPage(ttk.Frame):
    def __init__(self, master, on_done):
        super().__init__(master, padding=12)
        self.on_done = on_done
        self.key_var = tk.StringVar()
        ttk.Label(self, text="OpenAI API key").pack(anchor="w")
        ttk.Entry(self, textvariable=self.key_var, show="•", width=60).pack(fill="x")
        self.msg = ttk.Label(self, text="")
        self.msg.pack(anchor="w")
        ttk.Button(self, text="Test and save", command=self.test).pack(anchor="e")

    def test(self):
        key = self.key_var.get().strip()
        if not key:
            self.msg.config(text="Paste a key first.")
            return
        try:
            r = requests.get(MODELS_URL, headers={"Authorization": f"Bearer {key}"}, timeout=10)
        except requests.ConnectionError as exc:
            log.warning("could not reach OpenAI: %s", exc)
            self.msg.config(text="Network error, try again.")
            return
        if r.status_code == 401:
            log.error(f"OpenAI rejected key {key}: {r.json().get('error', {}).get('code')}")
            self.msg.config(text="That key was rejected.")
            return
        org = r.headers.get("openai-organization", "?")
        log.info("key works for org %s, %d models visible", org, len(r.json()["data"]))
        keyring.set_password("tkassist", "openai", key)
        log.info("stored key in %s (fingerprint …%s)", keyring.get_keyring().name, key[-4:])
        self.on_done()


def run_wizard():
    root = tk.Tk()
    root.title("Welcome")
    page = KeyPage(root, on_done=root.destroy)
    page.pack(fill="both", expand=True)
    root.mainloop()


if __name__ == "__main__":
    run_wizard()
