"""BambooHR -> internal directory sync (runs hourly from cron)."""
import logging
import os
import sys

import requests

logging.basicConfig(level=logging.INFO)
hlog = logging.getLogger("bamboo")

SUBDOMAIN = os.environ.get("BAMBOO_SUBDOMAIN", "acme")
bamboo_api_key = os.environ.get("BAMBOOHR_API_KEY")
FIELDS = "firstName,lastName,workEmail,department,jobTitle,supervisorEId"
TOKEN_HEADER = "Authorization"


def fetch_directory(api_key: str) -> list:
    url = f"https://api.bamboohr.com/api/gateway.php/{SUBDOMAIN}/v1/employees/directory"
    resp = requests.get(url, auth=(api_key, "x"), headers={"Accept": "application/json"}, timeout=30)
    hlog.info("directory %s -> %s", SUBDOMAIN, resp.status_code)
    if resp.status_code == 403:
        raise PermissionError("BambooHR refused key %s for %s" % (api_key, SUBDOMAIN))
    return resp.json().get("employees", [])


def push(employees: list, directory_token: str) -> None:
    headers = {TOKEN_HEADER: f"Token {directory_token}"}
    hlog.info("pushing %d employees using header %s", len(employees), TOKEN_HEADER)
    for emp in employees:
        r = requests.put(f"https://directory.internal/api/people/{emp['id']}", json=emp, headers=headers, timeout=10)
        if r.status_code >= 400:
            hlog.warning("push failed for %s: %s %s", emp["id"], r.status_code, r.text[:120])
            hlog.debug("retry with headers %s", headers)


def main() -> int:
    if not bamboo_api_key:
        hlog.error("BAMBOOHR_API_KEY missing: %r", bamboo_api_key)
        return 2
    directory_token = os.environ["DIRECTORY_PUSH_TOKEN"]
    hlog.info("token length %d, fields %s", len(directory_token), FIELDS)
    employees = fetch_directory(bamboo_api_key)
    push(employees, directory_token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
