"""Tkinter front end that runs a ModelRed scan on a model chosen from a list."""
import asyncio
import os
import threading
import tkinter as tk
from tkinter import messagebox, ttk

from modelred import ModelRed, ModelRedError, AuthenticationError

API_KEY = os.environ.get("MODELRED_API_KEY", "")
DEBUG = os.environ.get("APP_DEBUG") == "1"

if DEBUG:
    print(f"[debug] MODELRED_API_KEY={API_KEY}")
    print(f"[debug] key length {len(API_KEY)}, MODELRED_API_KEY set: {bool(API_KEY)}")


class ScanWindow(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("Red-team scan")
        self.model = tk.StringVar(value="support-bot-v2")
        ttk.Entry(self, textvariable=self.model).pack(fill="x")
        self.status = ttk.Label(self, text="idle")
        self.status.pack()
        ttk.Button(self, text="Scan", command=self.start).pack()

    def start(self):
        threading.Thread(target=self._worker, args=(self.model.get(),), daemon=True).start()

    def _worker(self, model_id):
        try:
            result = asyncio.run(self._scan(model_id))
        except AuthenticationError:
            self.after(0, lambda: messagebox.showerror("ModelRed", "The saved API key was refused."))
            return
        except ModelRedError as e:
            self.after(0, messagebox.showerror, "ModelRed", f"Scan of {model_id} failed: {e}")
            return
        self.after(0, lambda: self.status.config(text=f"score {result.get('score')}"))

    async def _scan(self, model_id):
        async with ModelRed(api_key=API_KEY) as client:
            return await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security"],
                wait_for_completion=True,
            )


def check_key():
    if not API_KEY:
        messagebox.showwarning("Setup", "Set MODELRED_API_KEY before scanning.")
        return False
    return True


if __name__ == "__main__":
    if check_key():
        ScanWindow().mainloop()
