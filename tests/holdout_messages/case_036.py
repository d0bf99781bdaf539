"""Database bootstrap for the results store."""
import logging
import os
import sys
import traceback

import psycopg

log = logging.getLogger("results.db")
DB_HOST = os.environ.get("RESULTS_DB_HOST", "localhost")
DB_USER = os.environ.get("RESULTS_DB_USER", "results")
db_password = os.environ["RESULTS_DB_PASSWORD"]


def connect():
    dsn = f"postgresql://{DB_USER}:{db_password}@{DB_HOST}:5432/results"
    log.debug("password: %s", db_password)
    try:
        return psycopg.connect(dsn, connect_timeout=5)
    except psycopg.OperationalError:
        logging.log(logging.ERROR, "cannot connect with %s", dsn)
        log.exception("cannot connect to %s as %s", DB_HOST, DB_USER)
        traceback.print_exc(file=sys.stderr)
        raise


def migrate(conn) -> None:
    with conn.cursor() as cur:
        cur.execute("select version()")
        log.info("server %s", cur.fetchone()[0])
