"""Scheduling assistant: finds interview slots across panel calendars (Microsoft Graph, MSAL)."""
import logging
import os
from datetime import datetime, timedelta

import msal
import requests

log = logging.getLogger("scheduling.graph")

TENANT = os.environ.get("AZURE_TENANT_ID", "")
CLIENT_ID = os.environ.get("GRAPH_CLIENT_ID", "")
SCOPES = ["https://graph.microsoft.com/.default"]


def graph_token() -> str:
    app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", client_credential=os.environ["GRAPH_CLIENT_SECRET"])
    result = app.acquire_token_for_client(scopes=SCOPES)
    if "access_token" not in result:
        log.error("msal failed: %s (%s)", result.get("error"), result.get("error_description"))
        raise RuntimeError(f"no Graph token for client {CLIENT_ID}")
    log.info("graph token acquired, expires_in=%s", result.get("expires_in"))
    return result["access_token"]


def free_slots(panel: list[str], days: int = 5, minutes: int = 60) -> list[dict]:
    token = graph_token()
    start = datetime.utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    body = {"schedules": panel, "startTime": {"dateTime": start.isoformat(), "timeZone": "UTC"}, "endTime": {"dateTime": (start + timedelta(days=days)).isoformat(), "timeZone": "UTC"}, "availabilityViewInterval": minutes}
    r = requests.post("https://graph.microsoft.com/v1.0/me/calendar/getSchedule", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    log.info("getSchedule for %d people: %s", len(panel), r.status_code)
    if r.status_code == 401:
        log.warning("graph rejected token %s", token)
        return []
    views = [s["availabilityView"] for s in r.json()["value"]]
    slots = []
    for i in range(min(len(v) for v in views)):
        if all(v[i] == "0" for v in views):
            slots.append({"start": (start + timedelta(minutes=i * minutes)).isoformat(), "minutes": minutes})
    return slots


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print("tenant", TENANT, "client", CLIENT_ID)
    for s in free_slots(["alex@acme.com", "sam@acme.com", "priya@acme.com"])[:10]:
        print(s["start"], s["minutes"])
