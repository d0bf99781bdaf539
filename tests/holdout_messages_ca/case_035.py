"""Cohort-discovery text-to-SQL over the OMOP warehouse (plain functions)."""
import logging
import os

import psycopg
from cohere import ClientV2

log = logging.getLogger("omop.cohort")

DB_HOST = os.environ.get("OMOP_DB_HOST", "omop-ro.internal")
DB_NAME = "omop_cdm"
DB_USER = os.environ.get("OMOP_DB_USER", "cohort_ro")
DB_PASSWORD = os.environ.get("OMOP_DB_PASSWORD")
co = ClientV2(api_key=os.environ["CO_API_KEY"])


def dsn() -> str:
    return f"postgresql://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:5432/{DB_NAME}"


def connect():
    try:
        return psycopg.connect(dsn(), connect_timeout=10)
    except psycopg.OperationalError as e:
        log.error("cannot reach %s/%s as %s: %s", DB_HOST, DB_NAME, DB_USER, e.sqlstate)
        raise ConnectionError(f"OMOP connection failed: {dsn()}") from None


def to_sql(question: str) -> str:
    r = co.chat(model="command-r-plus", max_tokens=400, messages=[
        {"role": "system", "content": "Translate to read-only SQL over OMOP CDM v5.4. Output SQL only."},
        {"role": "user", "content": question}])
    log.info("sql generated, billed tokens in=%s out=%s", r.usage.billed_units.input_tokens, r.usage.billed_units.output_tokens)
    return r.message.content[0].text.strip().strip("`")


def cohort_size(question: str) -> int:
    sql = to_sql(question)
    if not sql.lower().lstrip().startswith("select"):
        raise ValueError(f"refusing non-SELECT statement: {sql[:80]}")
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT count(*) FROM ({sql}) q")
        return cur.fetchone()[0]


def check_env() -> None:
    if DB_PASSWORD is None:
        log.error("OMOP_DB_PASSWORD not set (value %r)", DB_PASSWORD)
    elif DB_PASSWORD == DB_USER:
        log.warning("OMOP password equals user name for %s: %s", DB_USER, DB_PASSWORD)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_env()
    print(cohort_size("Adults with type 2 diabetes started on metformin in 2023"))
