"""Weekly SLA report for the trust-and-safety review queues, filed as a Jira issue."""
import logging
import os
import statistics
from dataclasses import dataclass

import requests

log = logging.getLogger("tns.sla")

JIRA_URL = os.getenv("JIRA_URL", "https://tns.atlassian.net")
JIRA_USER = os.getenv("JIRA_USER", "tns-bot@example.org")
PROJECT = "TNS"
SLA_MINUTES = {"csam": 60, "violent_threat": 120, "harassment": 720, "spam": 2880}


@dataclass
class QueueStats:
    queue: str
    handled: int
    breached: int
    p50_minutes: float


def compute(rows: list[dict]) -> list[QueueStats]:
    out = []
    for queue, sla in SLA_MINUTES.items():
        times = [r["minutes"] for r in rows if r["queue"] == queue]
        if not times:
            continue
        out.append(QueueStats(queue, len(times), sum(t > sla for t in times), statistics.median(times)))
    return out


def file_report(stats: list[QueueStats], jira_token: str) -> str:
    lines = [f"| {s.queue} | {s.handled} | {s.breached} | {s.p50_minutes:.0f} |" for s in stats]
    body = {"fields": {"project": {"key": PROJECT}, "issuetype": {"name": "Task"},
                       "summary": "Weekly T&S SLA report", "description": "\n".join(lines)}}
    log.info("filing as %s on %s project %s", JIRA_USER, JIRA_URL, PROJECT)
    r = requests.post(f"{JIRA_URL}/rest/api/2/issue", json=body, auth=(JIRA_USER, jira_token), timeout=20)
    if r.status_code in (401, 403):
        log.error("jira refused %s / %s", JIRA_USER, jira_token)
        raise PermissionError(f"Jira auth failed for {JIRA_USER} (status {r.status_code})")
    r.raise_for_status()
    key = r.json()["key"]
    log.info("filed %s with %d queues", key, len(stats))
    return key


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    import json
    rows = json.load(open("exports/queue_times.json"))
    token = os.environ.get("JIRA_API_TOKEN")
    if token is None:
        raise KeyError("JIRA_API_TOKEN")
    if len(token) < 20:
        raise ValueError(f"JIRA_API_TOKEN looks truncated: {token!r}")
    print(file_report(compute(rows), token))
