"""Open Targets evidence digests through OpenRouter, used by the target-triage notebook."""
import logging
import os

import requests

log = logging.getLogger("ot.digest")

OT_GRAPHQL = "https://api.platform.opentargets.org/api/v4/graphql"
OPENROUTER = "https://openrouter.ai/api/v1/chat/completions"
QUERY = """
query assoc($ensg: String!) {
  target(ensemblId: $ensg) { approvedSymbol associatedDiseases(page: {index: 0, size: 10}) {
    rows { disease { name } score } } }
}
"""


def associations(ensg: str) -> dict:
    r = requests.post(OT_GRAPHQL, json={"query": QUERY, "variables": {"ensg": ensg}}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["target"]


def openrouter_key() -> str:
    key = os.environ.get("OPENROUTER_API_KEY") or open(os.path.expanduser("~/.openrouter_key")).read().strip()
    if not key.startswith("sk-or-v1-"):
        raise ValueError("unexpected OpenRouter key format: " + key)
    return key


def digest(ensg: str, model: str = "anthropic/claude-3.5-sonnet", max_tokens: int = 500) -> str:
    target = associations(ensg)
    rows = target["associatedDiseases"]["rows"]
    prompt = f"{target['approvedSymbol']}: " + "; ".join(f"{r['disease']['name']} ({r['score']:.2f})" for r in rows)
    key = openrouter_key()
    req = {"url": OPENROUTER, "headers": {"Authorization": f"Bearer {key}"},
           "json": {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}}
    log.debug("OpenRouter request for %s: model=%s max_tokens=%d", ensg, req["json"]["model"], max_tokens)
    resp = requests.post(**req, timeout=90)
    if resp.status_code == 402:
        log.error("OpenRouter credits exhausted for key ending %s", key[-4:])
        return ""
    if not resp.ok:
        log.error("OpenRouter call failed, request was %s", req)
        return ""
    data = resp.json()
    log.info("digest for %s: %s tokens", ensg, data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]
