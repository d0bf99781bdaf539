"""Airtable automation script helper: reads credentials from an INI file (configparser)."""
import configparser
import logging
import sys
from pathlib import Path

from pyairtable import Api
from modelred import ModelRed, APIError

log = logging.getLogger("airtable_ini")
INI = Path.home() / ".airtable_reports.ini"


def load():
    cp = configparser.ConfigParser()
    cp.read(INI)
    log.info("sections %s", cp.sections())
    return cp


def airtable_table(cp):
    sec = cp["airtable"]
    log.info("airtable base %s table %s", sec.get("base"), sec.get("table"))
    return Api(sec["token"]).table(sec["base"], sec["table"])


def modelred_client(cp):
    sec = cp["modelred"]
    key = sec.get("api_key", "")
    if not key:
        raise KeyError(f"api_key empty in [modelred] of {INI}: {key!r}")
    if " " in key:
        raise ValueError(f"api_key in {INI} contains spaces: '{key}'")
    return ModelRed(key)


def main():
    cp = load()
    if "--show" in sys.argv:
        print(dict(cp["airtable"]))
        print(dict(cp["report"]))
    table = airtable_table(cp)
    mr = modelred_client(cp)
    try:
        page = mr.list_assessments(limit=50)
    except APIError as e:
        log.error("modelred: %s", e)
        return 1
    table.batch_upsert([{"fields": {"Id": a["id"], "Status": a.get("status")}} for a in page.get("data", [])],
                       key_fields=["Id"])
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
