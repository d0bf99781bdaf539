"""Desktop assistant: provider keys in the OS keyring, falling back to the local settings DB."""
import sqlite3
import sys
from pathlib import Path

import keyring

SERVICE = "deskpilot"
SETTINGS_DB = Path.home() / ".deskpilot" / "settings.db"
PROVIDERS = ("openai", "anthropic", "gemini")


def _db_key(provider: str) -> str | None:
    if not SETTINGS_DB.exists():
        return None
    with sqlite3.connect(SETTINGS_DB) as conn:
        row = conn.execute("SELECT value FROM secrets WHERE name = ?", (f"{provider}_api_key",)).fetchone()
    return row[0] if row else None


def provider_key(provider: str) -> str | None:
    key = keyring.get_password(SERVICE, f"{provider}_api_key")
    if key is None:
        key = _db_key(provider)
        if key is not None:
            sys.stderr.write(f"[deskpilot] {provider}: using key from {SETTINGS_DB}\n")
            keyring.set_password(SERVICE, f"{provider}_api_key", key)
    return key


def status_report() -> None:
    for provider in PROVIDERS:
        key = provider_key(provider)
        state = "set" if key else "missing"
        sys.stderr.write(f"{provider:<10} {state:<8} keyring service={SERVICE}\n")
        if key and len(key) < 30:
            sys.stderr.write(f"  warning: {provider} key is unusually short ({len(key)} chars)\n")


def migrate_plaintext() -> int:
    moved = 0
    with sqlite3.connect(SETTINGS_DB) as conn:
        for name, value in conn.execute("SELECT name, value FROM secrets WHERE name LIKE '%_api_key'").fetchall():
            keyring.set_password(SERVICE, name, value)
            conn.execute("DELETE FROM secrets WHERE name = ?", (name,))
            print(f"moved {name} into the keyring", file=sys.stderr)
            moved += 1
    return moved


if __name__ == "__main__":
    if "--debug" in sys.argv:
        gemini_key = provider_key("gemini")
        print("gemini key resolved to", gemini_key, file=sys.stderr)
    status_report()
