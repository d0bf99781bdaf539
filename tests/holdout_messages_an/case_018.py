"""Inter-annotator agreement for a Scale AI preference project, plus an LLM tie-breaker."""
import collections
import logging
import os

import requests
from sklearn.metrics import cohen_kappa_score

logger = logging.getLogger("agreement")

SCALE_API = "https://api.scale.com/v1"
PROJECT = os.environ.get("SCALE_PROJECT", "pref-pairs-2025q1")


def scale_auth():
    live = os.environ.get("SCALE_LIVE_API_KEY")
    test = os.environ.get("SCALE_TEST_API_KEY")
    key = live or test
    logger.info("Scale project %s using %s key", PROJECT, "live" if live else "test")
    return (key, "")


def fetch_tasks(auth, status="completed"):
    out, next_token = [], None
    while True:
        params = {"project": PROJECT, "status": status, "limit": 100}
        if next_token:
            params["next_token"] = next_token
        logger.debug("page cursor %s", next_token)
        r = requests.get(f"{SCALE_API}/tasks", params=params, auth=auth, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"Scale rejected credentials {auth[0]}")
        r.raise_for_status()
        page = r.json()
        out.extend(page["docs"])
        next_token = page.get("next_token")
        if not next_token:
            return out


def kappa(tasks):
    by_ann = collections.defaultdict(dict)
    for t in tasks:
        for resp in t.get("response", {}).get("annotations", []):
            by_ann[resp["annotator"]][t["task_id"]] = resp["choice"]
    anns = sorted(by_ann)[:2]
    shared = set(by_ann[anns[0]]) & set(by_ann[anns[1]])
    a = [by_ann[anns[0]][i] for i in sorted(shared)]
    b = [by_ann[anns[1]][i] for i in sorted(shared)]
    k = cohen_kappa_score(a, b)
    logger.info("kappa(%s, %s) = %.3f over %d tasks", anns[0], anns[1], k, len(shared))
    return k


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    auth = scale_auth()
    logger.debug("auth pair %s", auth)
    print(kappa(fetch_tasks(auth)))
