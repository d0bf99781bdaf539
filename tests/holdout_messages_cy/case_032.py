"""Court-rules docket calendaring: computes deadlines from a triggering event via the rules API."""
import datetime as dt
import logging
import os

import requests

log = logging.getLogger("docketing")

RULES_API = os.environ.get("RULES_API", "https://rules.docketing.example.com/api/v4")
RULES_KEY_VAR = "RULES_API_KEY"
RULES_SUBSCRIBER = os.environ.get("RULES_SUBSCRIBER_ID", "FIRM-0192")


def _session() -> requests.Session:
    s = requests.Session()
    api_key = os.environ[RULES_KEY_VAR]
    s.headers.update({"X-Api-Key": api_key, "X-Subscriber": RULES_SUBSCRIBER})
    log.debug("rules session for subscriber %s via %s", RULES_SUBSCRIBER, RULES_KEY_VAR)
    return s


def deadlines(jurisdiction: str, trigger: str, trigger_date: dt.date, service: str = "electronic") -> list[dict]:
    s = _session()
    r = s.post(f"{RULES_API}/calculate", json={"jurisdiction": jurisdiction, "trigger": trigger, "date": trigger_date.isoformat(), "service": service}, timeout=30)
    if r.status_code == 403:
        log.error("rules API denied subscriber %s with key %s", RULES_SUBSCRIBER, s.headers["X-Api-Key"])
        return []
    if r.status_code >= 400:
        log.error("rules API %s: %s", r.status_code, r.json().get("message"))
        return []
    events = r.json()["events"]
    log.debug("quota remaining %s", r.headers.get("X-Quota-Remaining"))
    log.info("%s / %s on %s: %d deadlines", jurisdiction, trigger, trigger_date, len(events))
    return events


def to_calendar(events: list[dict], matter: str, ics_path: str) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//firm//docketing//EN"]
    for ev in events:
        day = dt.date.fromisoformat(ev["date"]).strftime("%Y%m%d")
        lines += ["BEGIN:VEVENT", f"DTSTART;VALUE=DATE:{day}", f"SUMMARY:[{matter}] {ev['title']}", f"DESCRIPTION:{ev.get('rule_cite', '')}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    with open(ics_path, "w") as fh:
        fh.write("\r\n".join(lines))


def check_config() -> bool:
    key = os.environ.get(RULES_KEY_VAR)
    if key is None:
        log.warning("%s not set", RULES_KEY_VAR)
        return False
    log.info("rules key configured: %s (len %d)", key, len(key))
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if check_config():
        evs = deadlines("US-FED-CAND", "Complaint Served", dt.date(2025, 1, 6))
        to_calendar(evs, "2025-0031 Acme v. Globex", "acme_deadlines.ics")
