"""Airport operational database (AODB) connector for the turnaround assistant."""
import logging
import os

import keyring
import psycopg2

log = logging.getLogger("aodb")

KEYRING_SERVICE = "aodb-turnaround"
DB_HOST = os.getenv("AODB_HOST", "aodb-replica.airport.local")
DB_NAME = "aodb"


def db_password(user: str) -> str:
    pw = keyring.get_password(KEYRING_SERVICE, user)
    if pw is None:
        raise LookupError(f"no password for {user} in keyring service {KEYRING_SERVICE}")
    return pw


def connect(user: str):
    pw = db_password(user)
    dsn = f"host={DB_HOST} dbname={DB_NAME} user={user} password={pw} sslmode=require"
    log.debug("AODB dsn %s", dsn)
    try:
        return psycopg2.connect(dsn, connect_timeout=5)
    except psycopg2.OperationalError as exc:
        raise ConnectionError(f"AODB connect failed: {dsn}") from exc


def turnaround_rows(conn, stand: str):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT flight_no, sibt, aibt, sobt, aobt, ground_handler FROM turnarounds WHERE stand = %s ORDER BY sibt",
            (stand,),
        )
        return cur.fetchall()


def late_turns(conn, stand: str, threshold_min: int = 10):
    late = []
    for flight_no, sibt, aibt, sobt, aobt, handler in turnaround_rows(conn, stand):
        if aobt and sobt and (aobt - sobt).total_seconds() > threshold_min * 60:
            late.append({"flight": flight_no, "handler": handler, "late_min": int((aobt - sobt).total_seconds() // 60)})
    log.info("stand %s: %d late turnarounds", stand, len(late))
    return late


if __name__ == "__main__":
    user = os.getenv("AODB_USER", "turnaround_ro")
    log.info("connecting as %s via keyring service %s", user, KEYRING_SERVICE)
    conn = connect(user)
    for row in late_turns(conn, "A12"):
        print(row)
