"""requests + urllib3 Retry wrapper for the OpenAI REST API, as used by the billing exporter."""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger("exporter.openai")

OPENAI_BASE = os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1")
ORG_HEADER = "OpenAI-Organization"


def make_session(total: int = 5, backoff: float = 0.8) -> requests.Session:
    retry = Retry(total=total, backoff_factor=backoff, status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET", "POST"}), respect_retry_after_header=True)
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def default_headers() -> dict:
    headers = {"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]}
    org = os.getenv("OPENAI_ORG_ID")
    if org:
        headers[ORG_HEADER] = org
    return headers


def get_json(session: requests.Session, path: str, params: dict | None = None) -> dict:
    headers = default_headers()
    resp = session.get(f"{OPENAI_BASE}{path}", headers=headers, params=params, timeout=30)
    logger.debug("GET %s -> %s, remaining-tokens=%s remaining-requests=%s", path, resp.status_code, resp.headers.get("x-ratelimit-remaining-tokens"), resp.headers.get("x-ratelimit-remaining-requests"))
    if resp.status_code in (401, 403):
        logger.warning("auth failure on %s with Authorization=%s org=%s", path, headers["Authorization"], headers.get(ORG_HEADER))
        resp.raise_for_status()
    logger.debug("org header: %s", headers.get(ORG_HEADER))
    resp.raise_for_status()
    return resp.json()


def iter_usage(session: requests.Session, start_time: int, bucket: str = "1d"):
    page = None
    while True:
        params = {"start_time": start_time, "bucket_width": bucket, "limit": 31}
        if page:
            params["page"] = page
        body = get_json(session, "/organization/usage/completions", params)
        for b in body.get("data", []):
            for r in b.get("results", []):
                yield b["start_time"], r.get("input_tokens", 0), r.get("output_tokens", 0)
        page = body.get("next_page")
        if not body.get("has_more"):
            break


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for day, inp, out in iter_usage(make_session(), 1735689600):
        print(f"{day}: input_tokens={inp} output_tokens={out}")
