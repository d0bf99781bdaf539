"""structlog-instrumented client for the internal retrieval service used by the help center."""
import os
import uuid

import requests
import structlog

log = structlog.get_logger(__name__)

RETRIEVAL_URL = os.environ.get("RETRIEVAL_URL", "http://retrieval.internal:8080")


def _headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['RETRIEVAL_TOKEN']}",
        "Content-Type": "application/json",
    }


def search(query: str, top_k: int = 5) -> list[dict]:
    rid = str(uuid.uuid4())
    rlog = log.bind(request_id=rid, top_k=top_k)
    headers = _headers()
    rlog.info("retrieval.request", headers=headers)
    rlog.info("retrieval.request.meta", header_names=list(headers), query_len=len(query))
    resp = requests.post(f"{RETRIEVAL_URL}/search", headers=headers, json={"q": query, "k": top_k}, timeout=5)
    if resp.status_code >= 400:
        rlog.error("retrieval.error", status=resp.status_code, body=resp.text[:200])
        resp.raise_for_status()
    hits = resp.json()["hits"]
    rlog.info("retrieval.ok", hits=len(hits))
    return hits


def refresh_token(client_id: str, client_secret: str) -> str:
    resp = requests.post(
        f"{RETRIEVAL_URL}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, client_secret),
        timeout=5,
    )
    body = resp.json()
    log.info("retrieval.token", client_id=client_id, expires_in=body.get("expires_in"))
    if resp.status_code != 200:
        log.error("retrieval.token.failed", client_id=client_id, client_secret=client_secret)
        raise RuntimeError(f"token endpoint said {body.get('error')}")
    return body["access_token"]
