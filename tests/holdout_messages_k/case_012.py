"""Small Tkinter utility to store the team's provider keys in the OS keyring."""
import logging
import tkinter as tk
from tkinter import messagebox

import keyring
from modelred import ModelRedClient, ModelRedError

SERVICE = "modelred-desktop"
log = logging.getLogger("keytool")


class KeyWindow(tk.Frame):
    def __init__(self, master):
        super().__init__(master)
        self.entry = tk.Entry(self, show="*", width=60)
        self.entry.pack(padx=8, pady=8)
        tk.Button(self, text="Save", command=self.save).pack(side=tk.LEFT)
        tk.Button(self, text="Test", command=self.test).pack(side=tk.RIGHT)
        self.pack()

    def save(self):
        key = self.entry.get().strip()
        if not key:
            messagebox.showwarning("ModelRed", "Enter a key first")
            return
        keyring.set_password(SERVICE, "api_key", key)
        print("saved key", key)
        messagebox.showinfo("ModelRed", f"Saved key ending in {key[-4:]}")

    def test(self):
        stored = keyring.get_password(SERVICE, "api_key")
        if stored is None:
            messagebox.showerror("ModelRed", "No key stored yet")
            return
        log.info("testing stored key (%d chars) from service %s", len(stored), SERVICE)
        try:
            client = ModelRedClient(api_key=stored)
            probes = client.list_probes()
        except ModelRedError as e:
            log.error("key test failed: %s", e)
            messagebox.showerror("ModelRed", f"Key test failed:\n{e}")
            return
        messagebox.showinfo("ModelRed", f"Key works: {len(probes)} probes available")

    def forget(self):
        old = keyring.get_password(SERVICE, "api_key")
        keyring.delete_password(SERVICE, "api_key")
        log.warning("removed stored key %s", old)


if __name__ == "__main__":
    root = tk.Tk()
    root.title("ModelRed key")
    KeyWindow(root)
    root.mainloop()
