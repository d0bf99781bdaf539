"""Job-costing report: merges ServiceTitan jobs with our Postgres ledger."""
import logging
import os

import psycopg
import requests

log = logging.getLogger("jobcost")

PG_PASSWORD = os.environ["JOBCOST_PG_PASSWORD"]
PG_HOST = os.environ.get("JOBCOST_PG_HOST", "db.internal")
PG_USER = os.environ.get("JOBCOST_PG_USER", "reporter")


def connect():
    log.info("connecting to %s as %s", PG_HOST, PG_USER)
    try:
        return psycopg.connect(host=PG_HOST, user=PG_USER, password=PG_PASSWORD, dbname="jobcost")
    except psycopg.OperationalError as exc:
        log.error("postgres connect failed: %s", exc)
        log.debug("password: %s", PG_PASSWORD)
        raise


def st_jobs(tenant: str, token: str, app_key: str):
    r = requests.get(f"https://api.servicetitan.io/jpm/v2/tenant/{tenant}/jobs",
                     headers={"Authorization": token, "ST-App-Key": app_key}, timeout=30)
    if r.status_code == 403:
        raise PermissionError("ST-App-Key %s is not enabled for tenant %s" % (app_key, tenant))
    r.raise_for_status()
    return r.json()["data"]


def report(tenant: str):
    token = os.environ["ST_ACCESS_TOKEN"]
    app_key = os.environ["ST_APP_KEY"]
    jobs = st_jobs(tenant, token, app_key)
    with connect() as conn:
        rows = conn.execute("select job_id, cost from ledger where tenant = %s", (tenant,)).fetchall()
    cost = {r[0]: r[1] for r in rows}
    lines = []
    for j in jobs:
        margin = j.get("total", 0) - cost.get(j["id"], 0)
        lines.append(f"{j['number']}: revenue {j.get('total')} margin {margin:.2f}")
    log.info("report for %s: %d jobs, token type %s", tenant, len(jobs), "Bearer")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(os.environ["ST_TENANT"]))
