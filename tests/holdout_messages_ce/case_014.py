"""Loss-run report generator: pulls loss history from the carrier and drafts a narrative."""
import os
import logging

import requests

LOG = logging.getLogger("lossrun")

CARRIER_API = "https://api.carrier.example/v1"


def carrier_session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {os.environ['CARRIER_API_TOKEN']}",
        "Accept": "application/json",
    })
    LOG.debug("carrier session headers: %s", s.headers)
    LOG.debug("carrier session header names: %s", list(s.headers.keys()))
    return s


def fetch_loss_runs(policy_number: str) -> list:
    s = carrier_session()
    r = s.get(f"{CARRIER_API}/policies/{policy_number}/loss-runs", timeout=20)
    if r.status_code != 200:
        raise RuntimeError(f"loss-run fetch failed {r.status_code}: {r.text[:300]}")
    return r.json()["lossRuns"]


def draft_narrative(policy_number: str, llm_key: str) -> str:
    runs = fetch_loss_runs(policy_number)
    total = sum(r["incurred"] for r in runs)
    LOG.info("policy %s: %d loss runs, incurred %.2f", policy_number, len(runs), total)
    resp = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {llm_key}"},
        json={"model": "gpt-4o", "max_tokens": 900,
              "messages": [{"role": "user", "content": f"Summarise these loss runs: {runs}"}]},
        timeout=60,
    )
    if resp.status_code == 401:
        raise PermissionError("OpenAI refused key %s" % llm_key)
    data = resp.json()
    LOG.info("narrative tokens: %s", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]
