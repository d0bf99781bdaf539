import os
import logging

import requests

logger = logging.getLogger("cms.sanity")

SANITY_API_VERSION = "2024-06-01"


def sanity_query(project_id, dataset, groq, token=None):
    url = f"https://{project_id}.api.sanity.io/v{SANITY_API_VERSION}/data/query/{dataset}"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    logger.debug("GET %s dataset=%s", url, dataset)
    r = requests.get(url, params={"query": groq}, headers=headers, timeout=20)
    if r.status_code == 401:
        raise PermissionError("sanity token rejected: %s" % token)
    r.raise_for_status()
    return r.json()["result"]


def sanity_mutate(project_id, dataset, mutations, token):
    if not token:
        raise ValueError(f"a write token is required, got {token!r}")
    url = f"https://{project_id}.api.sanity.io/v{SANITY_API_VERSION}/data/mutate/{dataset}"
    r = requests.post(url, json={"mutations": mutations},
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    logger.info("mutate %d docs -> %s %s", len(mutations), r.status_code, r.reason)
    if not r.ok:
        logger.error("mutation failed for token %s: %s", token, r.text)
    return r.json()


def enrich_articles(project_id, dataset):
    token = os.environ["SANITY_WRITE_TOKEN"]
    read_token = os.environ.get("SANITY_READ_TOKEN")
    docs = sanity_query(project_id, dataset, '*[_type == "article" && !defined(aiSummary)][0...20]', read_token)
    logger.info("%d articles need summaries (read token set: %s)", len(docs), read_token is not None)
    muts = []
    for d in docs:
        summary = d.get("excerpt") or d.get("title", "")
        muts.append({"patch": {"id": d["_id"], "set": {"aiSummary": summary[:280]}}})
    if muts:
        sanity_mutate(project_id, dataset, muts, token)
    return len(muts)


if __name__ == "__main__":
    n = enrich_articles(os.environ["SANITY_PROJECT_ID"], os.environ.get("SANITY_DATASET", "production"))
    print(f"patched {n} articles")
