"""Sync job that mirrors assessment results into the warehouse, logging via a named logger."""
import logging
import os

import psycopg
from modelred import ModelRed, ModelRedError

access_log = logging.getLogger("mirror.access")
LOG = logging.getLogger("mirror")

PG_DSN = os.environ["WAREHOUSE_DSN"]
PG_PASSWORD = os.environ["WAREHOUSE_PASSWORD"]
MR_KEY = os.environ["MODELRED_API_KEY"]


def connect() -> psycopg.Connection:
    try:
        return psycopg.connect(PG_DSN, password=PG_PASSWORD)
    except psycopg.OperationalError as exc:
        LOG.error("warehouse connect failed: %s", exc)
        raise RuntimeError(f"cannot connect to warehouse with password {PG_PASSWORD}") from exc


def mirror(since: str) -> int:
    rows = 0
    with ModelRed(MR_KEY) as client, connect() as conn:
        try:
            page = client.list_assessments(since=since)
        except ModelRedError as exc:
            LOG.error("list_assessments failed: %s", exc)
            return 0
        for item in page:
            conn.execute("insert into assessments (id, status) values (%s, %s)", (item["id"], item["status"]))
            rows += 1
    access_log.info("mirrored %d rows since %s", rows, since)
    return rows


if __name__ == "__main__":
    access_log.info("starting mirror with key %s", MR_KEY)
    LOG.info("done: %d rows", mirror(os.environ.get("SINCE", "1970-01-01")))
