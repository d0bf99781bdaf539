"""Cron sweeper: find legacy plaintext keys left in the gateway database."""
import logging
import sqlite3
import sys

sweep_log = logging.getLogger("gateway.sweeper")

LEGACY_TABLE = "legacy_keys"
HASH_LENGTH = 64


def looks_hashed(value: str) -> bool:
    return len(value) == HASH_LENGTH and all(c in "0123456789abcdef" for c in value)


def sweep(db_path: str, dry_run: bool = True) -> int:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"select id, team_id, token from {LEGACY_TABLE}").fetchall()
    sweep_log.info("%d rows in %s", len(rows), LEGACY_TABLE)
    plaintext = 0
    for row_id, team_id, token in rows:
        if looks_hashed(token):
            sweep_log.debug("row %s already hashed (%s...)", row_id, token[:4])
            continue
        plaintext += 1
        sweep_log.warning("row %s (team %s) stores a plaintext key: %s", row_id, team_id, token)
        if not dry_run:
            conn.execute(f"delete from {LEGACY_TABLE} where id = ?", (row_id,))
    if not dry_run:
        conn.commit()
    conn.close()
    return plaintext


def assert_clean(db_path: str) -> None:
    conn = sqlite3.connect(db_path)
    row = conn.execute(f"select id, token from {LEGACY_TABLE} limit 1").fetchone()
    conn.close()
    if row is None:
        return
    row_id, token = row
    if not looks_hashed(token):
        raise AssertionError(f"legacy row {row_id} still holds key {token}")


if __name__ == "__main__":
    db = sys.argv[1] if len(sys.argv) > 1 else "gateway.db"
    found = sweep(db, dry_run="--apply" not in sys.argv)
    print(f"{found} plaintext keys found in {db}")
    sys.exit(1 if found else 0)
