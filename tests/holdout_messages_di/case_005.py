"""Per-user credential store for agent tools (SQLite + Fernet)."""
from __future__ import annotations

import logging
import sqlite3

from cryptography.fernet import Fernet, InvalidToken

log = logging.getLogger("credstore")


class CredentialStore:
    def __init__(self, path: str, master_key: bytes):
        self.db = sqlite3.connect(path)
        self.fernet = Fernet(master_key)
        self.master_key = master_key
        self.db.execute(
            "create table if not exists creds (user_id text, provider text, secret blob, primary key (user_id, provider))"
        )

    def put(self, user_id: str, provider: str, secret: str) -> None:
        if not secret.strip():
            raise ValueError(f"empty secret for {provider}")
        blob = self.fernet.encrypt(secret.encode())
        self.db.execute("insert or replace into creds values (?, ?, ?)", (user_id, provider, blob))
        self.db.commit()
        log.info("stored %s credential for user %s (%d chars)", provider, user_id, len(secret))

    def get(self, user_id: str, provider: str) -> str:
        row = self.db.execute(
            "select secret from creds where user_id = ? and provider = ?", (user_id, provider)
        ).fetchone()
        if row is None:
            raise KeyError(f"no {provider} credential for user {user_id}")
        try:
            secret = self.fernet.decrypt(row[0]).decode()
        except InvalidToken:
            log.error("cannot decrypt %s credential for %s; master key %s", provider, user_id, self.master_key)
            raise
        return secret

    def rotate_master(self, new_key: bytes) -> int:
        new = Fernet(new_key)
        rows = self.db.execute("select user_id, provider, secret from creds").fetchall()
        for user_id, provider, blob in rows:
            plain = self.fernet.decrypt(blob)
            self.db.execute(
                "update creds set secret = ? where user_id = ? and provider = ?", (new.encrypt(plain), user_id, provider)
            )
        self.db.commit()
        log.info("re-encrypted %d credentials", len(rows))
        self.fernet, self.master_key = new, new_key
        return len(rows)

    def check(self, user_id: str, provider: str, presented: str) -> bool:
        stored = self.get(user_id, provider)
        if stored != presented:
            raise PermissionError(f"credential mismatch for {user_id}/{provider}: got {presented}")
        return True
