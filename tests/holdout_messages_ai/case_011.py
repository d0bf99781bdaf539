"""PowerSchool SIS integration: OAuth client credentials, then roster export for the tutor."""
import base64
import logging
import os

import requests

sis_log = logging.getLogger("sis.powerschool")

PS_URL = os.environ.get("POWERSCHOOL_URL", "https://ps.district.example")
CLIENT_ID = os.environ.get("POWERSCHOOL_CLIENT_ID")
CLIENT_SECRET = os.environ.get("POWERSCHOOL_CLIENT_SECRET")


def get_access_token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        f"{PS_URL}/oauth/access_token",
        headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
        data="grant_type=client_credentials",
        timeout=20,
    )
    if resp.status_code != 200:
        sis_log.error("token request for client %s failed: %s %s", CLIENT_ID, resp.status_code, resp.text)
        raise RuntimeError(f"PowerSchool auth failed ({resp.status_code})")
    body = resp.json()
    sis_log.info("got token type=%s expires_in=%s", body.get("token_type"), body.get("expires_in"))
    sis_log.debug("token response: %s", body)
    return body["access_token"]


def export_sections(school_id: int) -> list[dict]:
    token = get_access_token()
    r = requests.get(
        f"{PS_URL}/ws/v1/school/{school_id}/section",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError(f"PowerSchool rejected bearer {token} for school {school_id}")
    sections = r.json().get("sections", {}).get("section", [])
    sis_log.info("school %s: %d sections", school_id, len(sections))
    return sections


def check_credentials() -> None:
    missing = [name for name, value in (("POWERSCHOOL_CLIENT_ID", CLIENT_ID), ("POWERSCHOOL_CLIENT_SECRET", CLIENT_SECRET)) if not value]
    if missing:
        sis_log.error("missing settings: %s", ", ".join(missing))
        raise SystemExit(1)


if __name__ == "__main__":
    check_credentials()
    for s in export_sections(int(os.environ.get("SCHOOL_ID", "101"))):
        print(s.get("id"), s.get("course_number"), s.get("section_number"))
