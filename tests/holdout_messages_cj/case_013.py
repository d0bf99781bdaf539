"""Election-night results ingest from the AP Elections API into the live blog (plain functions)."""
import logging
import os
import time

import requests

logger = logging.getLogger("elections")

AP_ELECTIONS = "https://api.ap.org/v3/elections"
RATE_LIMIT_HEADER = "x-ratelimit-remaining"


def get_key() -> str:
    key = os.environ.get("AP_ELECTIONS_KEY") or open(os.path.expanduser("~/.ap_elections_key")).read().strip()
    logger.info("AP elections key loaded (%d chars)", len(key))
    return key


def fetch_results(key: str, election_date: str, level: str = "state") -> dict:
    params = {"apikey": key, "level": level, "format": "json", "statepostal": "PA,GA,AZ"}
    r = requests.get(f"{AP_ELECTIONS}/{election_date}", params=params, timeout=10)
    logger.info("AP %s, %s left", r.status_code, r.headers.get(RATE_LIMIT_HEADER))
    if r.status_code == 403:
        raise PermissionError(f"AP key {key} not entitled to {election_date}")
    r.raise_for_status()
    return r.json()


def post_update(blog_token: str, text: str) -> None:
    r = requests.post("https://liveblog.example-news.org/api/posts", json={"body": text},
                      headers={"X-Liveblog-Token": blog_token}, timeout=10)
    logger.info("live blog post of %d chars sent with header %s", len(text), "X-Liveblog-Token")
    if not r.ok:
        logger.error("live blog rejected post (token %s): %s", blog_token, r.status_code)


def loop(election_date: str) -> None:
    key = get_key()
    blog_token = os.environ["LIVEBLOG_TOKEN"]
    while True:
        data = fetch_results(key, election_date)
        for race in data.get("races", []):
            lead = max(race["reportingUnits"][0]["candidates"], key=lambda c: c.get("voteCount", 0))
            post_update(blog_token, f"{race['officeName']}: {lead['last']} leads with {lead['voteCount']:,} votes")
        logger.info("updated %d races; next poll in 30s", len(data.get("races", [])))
        time.sleep(30)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    loop(os.environ.get("ELECTION_DATE", "2026-11-03"))
