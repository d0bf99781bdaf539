"""Airtable config reader: the base's personal access token lives in a .env file."""
import logging
from pathlib import Path

from dotenv import dotenv_values
from pyairtable import Api

log = logging.getLogger("airtable_cfg")
ENV_FILE = Path(".env.airtable")
PAT_FIELD = "AIRTABLE_PAT"
PAT_PREFIX = "pat"


def load_env() -> dict:
    values = dotenv_values(ENV_FILE)
    log.info("loaded %d settings from %s", len(values), ENV_FILE)
    log.info("settings present: %s", sorted(values))
    return values


def table(name: str):
    env = load_env()
    pat = env.get(PAT_FIELD)
    base_id = env.get("AIRTABLE_BASE_ID")
    log.info("base %s, table %s", base_id, name)
    if not pat:
        raise LookupError(f"{PAT_FIELD} missing in {ENV_FILE}")
    if not pat.startswith(PAT_PREFIX):
        raise ValueError(f"{PAT_FIELD} should start with {PAT_PREFIX!r}, got {pat!r}")
    api = Api(pat)
    return api.table(base_id, name)


def dump_env():
    env = load_env()
    print("airtable env:", env)


def sync_rows(name: str, rows):
    t = table(name)
    created = t.batch_create(rows, typecast=True)
    log.info("created %d records in %s", len(created), name)
    return [r["id"] for r in created]


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    if "--dump" in sys.argv:
        dump_env()
    else:
        print(sync_rows("Assessments", [{"Name": "smoke", "Status": "queued"}]))
