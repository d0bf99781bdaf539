"""Prediction client for a hosted model-serving platform."""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

import requests

logger = logging.getLogger(__name__)


@dataclass
class Prediction:
    id: str
    status: str
    output: Any = None
    error: Optional[str] = None
    metrics: Dict[str, Any] = field(default_factory=dict)


class ServeClient:
    def __init__(self, api_token: Optional[str] = None, base_url: str = "https://api.servehost.com/v1", verbose: bool = False) -> None:
        token = api_token or os.environ.get("SERVEHOST_API_TOKEN")
        assert token, "SERVEHOST_API_TOKEN is not set"
        assert token.startswith("r8_") and len(token) == 40, f"malformed servehost token: {token}"
        self._token = token
        self.base_url = base_url
        self.verbose = verbose
        self._headers = {"Authorization": f"Token {token}", "User-Agent": "servehost-python/0.3"}

    def _post(self, path: str, body: Dict[str, Any]) -> Dict[str, Any]:
        if self.verbose:
            sys.stderr.write(f"POST {self.base_url}{path} {self._headers}\n")
        resp = requests.post(self.base_url + path, json=body, headers=self._headers, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"servehost rejected the token (HTTP 401, request id {resp.headers.get('x-request-id')})")
        resp.raise_for_status()
        return resp.json()

    def run(self, version: str, inputs: Dict[str, Any], poll: float = 1.0, timeout: float = 300.0) -> Prediction:
        data = self._post("/predictions", {"version": version, "input": inputs})
        pred = Prediction(id=data["id"], status=data["status"])
        deadline = time.monotonic() + timeout
        while pred.status not in ("succeeded", "failed", "canceled"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"prediction {pred.id} still {pred.status} after {timeout}s")
            time.sleep(poll)
            r = requests.get(f"{self.base_url}/predictions/{pred.id}", headers=self._headers, timeout=30).json()
            pred = Prediction(id=r["id"], status=r["status"], output=r.get("output"), error=r.get("error"), metrics=r.get("metrics", {}))
        logger.info("prediction %s %s (predict_time=%s, output_tokens=%s)", pred.id, pred.status, pred.metrics.get("predict_time"), pred.metrics.get("output_token_count"))
        if pred.status == "failed":
            raise RuntimeError(f"prediction {pred.id} failed: {pred.error}")
        return pred
