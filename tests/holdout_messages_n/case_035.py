"""Ops script: list OpenAI project API keys and revoke the ones unused for 90 days."""
import argparse
import datetime as dt
import logging
import os
import sys

import requests

log = logging.getLogger("revoke_stale_keys")
BASE = "https://api.openai.com/v1/organization"


def admin_session() -> requests.Session:
    admin_key = os.environ.get("OPENAI_ADMIN_KEY", "")
    if not admin_key.startswith("sk-admin-"):
        sys.exit("OPENAI_ADMIN_KEY must be an admin key (sk-admin-...)")
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {admin_key}"
    me = s.get(f"{BASE}/projects?limit=1", timeout=20)
    if me.status_code == 401:
        sys.exit(f"admin key {admin_key} was rejected: {me.text}")
    return s


def stale_keys(s: requests.Session, project: str, days: int):
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    resp = s.get(f"{BASE}/projects/{project}/api_keys", params={"limit": 100}, timeout=20)
    resp.raise_for_status()
    for k in resp.json()["data"]:
        last = k.get("last_used_at")
        if last is None or dt.datetime.fromtimestamp(last, dt.timezone.utc) < cutoff:
            yield k


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("project")
    p.add_argument("--days", type=int, default=90)
    p.add_argument("--apply", action="store_true")
    args = p.parse_args()
    s = admin_session()
    log.debug("session headers %s", s.headers)
    for k in stale_keys(s, args.project, args.days):
        print(f"{k['id']}  {k['name']:<30} {k['redacted_value']}  owner={k['owner']['name']}")
        if args.apply:
            r = s.delete(f"{BASE}/projects/{args.project}/api_keys/{k['id']}", timeout=20)
            log.info("deleted %s -> %s", k["id"], r.status_code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
