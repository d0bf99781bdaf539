"""HiBob people-data export used by the org-chart assistant (plain functions)."""
import logging
import os
import sys

import requests
from dotenv import dotenv_values

logger = logging.getLogger("hibob")

ENV = dotenv_values(".env.hibob")
BOB_API = "https://api.hibob.com/v1"


def bob_auth() -> tuple:
    service_user = ENV.get("BOB_SERVICE_USER_ID", "")
    service_token = ENV.get("BOB_SERVICE_TOKEN", "")
    logger.info("bob service user %s", service_user)
    return service_user, service_token


def export_people(fields: list) -> list:
    user, token = bob_auth()
    r = requests.post(f"{BOB_API}/people/search", auth=(user, token), json={"fields": fields, "showInactive": False})
    if r.status_code == 401:
        logger.error("HiBob 401 for service user %s / token %s", user, token)
        return []
    logger.info("exported %d people, status %s", len(r.json().get("employees", [])), r.status_code)
    return r.json().get("employees", [])


def dump_env() -> None:
    safe = {k: v for k, v in ENV.items() if "TOKEN" not in k and "SECRET" not in k}
    print("hibob env (filtered):", safe)
    print("hibob env loaded:", ENV, file=sys.stderr)


def main() -> None:
    if "--env" in sys.argv:
        dump_env()
    people = export_people(["root.id", "root.displayName", "work.title", "work.reportsTo"])
    for p in people:
        print(p["id"], p.get("displayName"))


if __name__ == "__main__":
    main()
