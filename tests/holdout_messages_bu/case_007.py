"""Burp Suite Enterprise / REST API script: pull issues, LLM-rank them."""
import logging
import os

import httpx
from openai import OpenAI

log = logging.getLogger("burp.rank")

BURP_URL = os.environ.get("BURP_REST_URL", "http://127.0.0.1:1337")
BURP_KEY_ENV = "BURP_API_KEY"


def burp_base(api_key):
    # the REST API puts the key in the path
    return f"{BURP_URL}/{api_key}/v0.1"


def fetch_issues(api_key, task_id):
    url = burp_base(api_key) + f"/scan/{task_id}"
    r = httpx.get(url, timeout=20)
    if r.status_code >= 400:
        raise RuntimeError(f"burp task {task_id} failed: {r.status_code}")
    log.debug("fetched task %s using key %s", task_id, api_key)
    return r.json().get("issue_events", [])


def rank(issues, llm):
    names = [i["issue"]["name"] for i in issues]
    out = llm.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Rank by exploitability:\n" + "\n".join(names)}],
        max_tokens=800,
    )
    return out.choices[0].message.content


def main(task_id):
    api_key = os.environ.get(BURP_KEY_ENV)
    if not api_key:
        raise SystemExit(f"set {BURP_KEY_ENV}")
    llm_key = os.environ["OPENAI_API_KEY"]
    llm = OpenAI(api_key=llm_key)
    try:
        issues = fetch_issues(api_key, task_id)
    except httpx.ConnectError as e:
        log.error("cannot reach burp at %s: %s", BURP_URL, e)
        return 1
    log.info("%d issues for task %s", len(issues), task_id)
    print(rank(issues, llm))
    log.info("llm key fingerprint %s", llm_key[:4] + "..." + llm_key[-4:])
    if os.environ.get("BURP_DEBUG"):
        log.debug("env: burp=%s openai=%s", api_key, llm_key)
    return 0


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    sys.exit(main(sys.argv[1]))
