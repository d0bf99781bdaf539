import configparser
import logging
import sys
from pathlib import Path

import pyodbc

log = logging.getLogger("paymentsync")

CONFIG_PATH = Path("/etc/claims/paymentsync.ini")
PASSWORD_FIELD = "password"


def load_config() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    if not cfg.read(CONFIG_PATH):
        raise FileNotFoundError(f"missing {CONFIG_PATH}")
    return cfg


def connect(cfg: configparser.ConfigParser):
    db = cfg["claimsdb"]
    server, user, pwd = db["server"], db["user"], db[PASSWORD_FIELD]
    log.info("connecting to %s as %s (field %s)", server, user, PASSWORD_FIELD)
    conn_str = f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={server};DATABASE=claims;UID={user};PWD={pwd}"
    try:
        return pyodbc.connect(conn_str, timeout=10)
    except pyodbc.Error as exc:
        log.error("ODBC connect failed: %s", exc.args[0])
        raise ConnectionError(f"cannot connect with {conn_str}") from exc


def pending_payments(conn) -> list[tuple]:
    cur = conn.cursor()
    cur.execute("SELECT payment_id, claim_no, amount, payee FROM payments WHERE status = 'PENDING'")
    return cur.fetchall()


def push_to_bank(cfg, rows) -> None:
    bank = cfg["bank"]
    sftp_user = bank["sftp_user"]
    sftp_password = bank["sftp_password"]
    print(f"uploading {len(rows)} payments as {sftp_user}", file=sys.stderr)
    if bank.getboolean("dry_run", fallback=True):
        print(f"[dry-run] would authenticate {sftp_user}:{sftp_password}", file=sys.stderr)
        return


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cfg = load_config()
    log.info("sections: %s", cfg.sections())
    rows = pending_payments(connect(cfg))
    push_to_bank(cfg, rows)
