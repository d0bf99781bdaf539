"""Paginated listing against an API that takes its key as a query parameter."""
import logging
import os
from urllib.parse import urlencode

import requests

logger = logging.getLogger("acme.pager")

BASE = "https://generativelanguage.example.com/v1beta/models"


def list_models(page_size: int = 50):
    api_key = os.environ["GOOGLE_API_KEY"]
    next_page_token = None
    page = 0
    while True:
        params = {"key": api_key, "pageSize": page_size}
        if next_page_token:
            params["pageToken"] = next_page_token
        url = f"{BASE}?{urlencode(params)}"
        logger.debug("GET %s", url)
        resp = requests.get(BASE, params=params, timeout=20)
        if resp.status_code != 200:
            raise RuntimeError(f"listing failed on page {page}: {resp.status_code} {resp.text}")
        body = resp.json()
        for model in body.get("models", []):
            yield model
        next_page_token = body.get("nextPageToken")
        logger.debug("page %d done, next page token %s", page, next_page_token)
        page += 1
        if not next_page_token:
            break


def list_files(session: requests.Session, cursor: str | None = None):
    while True:
        resp = session.get("https://api.acme-llm.example/v1/files", params={"after": cursor, "limit": 100})
        data = resp.json()
        logger.info("got %d files (has_more=%s, last_id=%s)", len(data["data"]), data["has_more"], data.get("last_id"))
        yield from data["data"]
        if not data["has_more"]:
            return
        cursor = data["last_id"]


def fetch_with_key(model: str, api_key: str) -> dict:
    resp = requests.get(f"{BASE}/{model}", params={"key": api_key}, timeout=20)
    if resp.status_code == 403:
        raise PermissionError(f"key not allowed for {model}: {resp.json().get('error', {}).get('status')}")
    if resp.status_code != 200:
        raise RuntimeError(f"GET {resp.url} failed with {resp.status_code}")
    return resp.json()
