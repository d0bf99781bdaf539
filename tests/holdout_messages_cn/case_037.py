"""Delighted people sync: push new customers from the CRM so they get the NPS survey."""
import base64
import logging
import os

import requests

log = logging.getLogger("delighted.people")
DELIGHTED_URL = "https://api.delighted.com/v1/people.json"


def basic_auth(api_key: str) -> str:
    return "Basic " + base64.b64encode(f"{api_key}:".encode()).decode()


def add_person(api_key: str, email: str, name: str, properties: dict) -> dict:
    resp = requests.post(DELIGHTED_URL, headers={"Authorization": basic_auth(api_key)},
                         json={"email": email, "name": name, "properties": properties, "delay": 86400}, timeout=20)
    if resp.status_code == 401:
        raise PermissionError(f"Delighted refused key {api_key}")
    if resp.status_code == 422:
        raise ValueError(f"Delighted rejected {email}: {resp.json().get('errors')}")
    resp.raise_for_status()
    return resp.json()


def sync(rows: list[dict]) -> int:
    key = os.environ.get("DELIGHTED_API_KEY")
    if key is None:
        raise KeyError("DELIGHTED_API_KEY")
    if key != key.strip():
        raise ValueError("DELIGHTED_API_KEY has surrounding whitespace: '" + key + "'")
    added = 0
    for row in rows:
        person = add_person(key, row["email"], row["name"], {"plan": row["plan"], "region": row["region"]})
        log.info("added person %s (survey scheduled %s)", person.get("id"), person.get("survey_scheduled_at"))
        added += 1
    return added


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rows = [{"email": "a@example.com", "name": "A", "plan": "pro", "region": "EU"}]
    print("added", sync(rows))
    print("endpoint", DELIGHTED_URL)
    print("done")
