"""Replicate-style model runs for the thumbnail generator."""
from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger(__name__)

API_BASE = "https://api.replicate.com/v1"
TOKEN_ENV = "REPLICATE_API_TOKEN"


class PredictionFailed(Exception):
    pass


def _headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def run_model(version: str, inputs: dict, token: str | None = None) -> dict:
    token = token or os.environ.get(TOKEN_ENV)
    if not token:
        raise PredictionFailed(f"no token: set {TOKEN_ENV} (got {token!r})")
    headers = _headers(token)
    log.debug("POST %s/predictions headers=%s", API_BASE, headers)
    with httpx.Client(timeout=30) as client:
        r = client.post(f"{API_BASE}/predictions", headers=headers, json={"version": version, "input": inputs})
        if r.status_code == 401:
            raise PredictionFailed(f"replicate refused token {token}")
        if r.status_code >= 400:
            raise PredictionFailed(f"create failed {r.status_code}: {r.text}")
        pred = r.json()
        while pred["status"] not in ("succeeded", "failed", "canceled"):
            time.sleep(1.5)
            pred = client.get(pred["urls"]["get"], headers=headers).json()
            log.info("prediction %s status=%s", pred["id"], pred["status"])
    if pred["status"] != "succeeded":
        raise PredictionFailed(f"prediction {pred['id']} ended {pred['status']}: {pred.get('error')}")
    return pred


def thumbnail(prompt: str) -> str:
    pred = run_model(
        "black-forest-labs/flux-schnell",
        {"prompt": prompt, "aspect_ratio": "16:9", "num_outputs": 1},
    )
    url = pred["output"][0]
    log.info("thumbnail ready: %s (%.1fs)", url, pred["metrics"]["predict_time"])
    return url


if __name__ == "__main__":
    print(thumbnail("retro synthwave city, neon, wide shot"))
