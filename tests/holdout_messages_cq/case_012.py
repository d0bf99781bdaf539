"""Event ticketing import: Eventbrite attendees into the donor CRM as volunteers."""
import os

import requests
from loguru import logger

EVENTBRITE_TOKEN = os.environ["EVENTBRITE_PRIVATE_TOKEN"]
CRM_URL = os.environ.get("CRM_URL", "https://crm.example.org/api")
CRM_TOKEN_VAR = "CRM_SERVICE_TOKEN"
crm_token = os.environ.get(CRM_TOKEN_VAR)


def attendees(event_id):
    url = f"https://www.eventbriteapi.com/v3/events/{event_id}/attendees/"
    page = 1
    while True:
        r = requests.get(url, headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}, params={"page": page}, timeout=30)
        if not r.ok:
            logger.error("Eventbrite {} on page {}: {}", r.status_code, page, r.text)
            return
        data = r.json()
        yield from data["attendees"]
        if not data["pagination"]["has_more_items"]:
            return
        page += 1


def push(attendee):
    payload = {
        "first_name": attendee["profile"]["first_name"],
        "last_name": attendee["profile"]["last_name"],
        "email": attendee["profile"]["email"],
        "tags": ["volunteer", "eventbrite"],
    }
    r = requests.post(f"{CRM_URL}/contacts", json=payload, headers={"X-Service-Token": crm_token}, timeout=15)
    if r.status_code == 401:
        logger.warning("CRM refused service token {} (env {})", crm_token, CRM_TOKEN_VAR)
        return False
    logger.info("CRM contact {} -> {}", payload["email"], r.status_code)
    return r.ok


def run(event_id):
    if not crm_token:
        raise RuntimeError(f"set {CRM_TOKEN_VAR} first")
    n = sum(1 for a in attendees(event_id) if push(a))
    logger.info("imported {} attendees using Eventbrite token {}", n, EVENTBRITE_TOKEN)
    logger.info("Eventbrite token length {}", len(EVENTBRITE_TOKEN))
    return n


if __name__ == "__main__":
    run(os.environ["EVENT_ID"])
