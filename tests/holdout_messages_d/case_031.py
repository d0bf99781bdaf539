"""Thin client for the scoring service, with retries and exponential backoff."""
import logging
import random
import time

import requests

logger = logging.getLogger("scoring.client")

RETRY_STATUS = {429, 500, 502, 503, 504}


class ApiError(Exception):
    def __init__(self, message: str, status: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.status = status
        self.request_id = request_id


class ScoringClient:
    def __init__(self, base_url: str, api_key: str, max_attempts: int = 4) -> None:
        self._base = base_url.rstrip("/")
        self._api_key = api_key
        self._max = max_attempts

    def _request(self, method: str, path: str, **kwargs) -> dict:
        headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": "scoring-client/1.4"}
        last_status = None
        for attempt in range(1, self._max + 1):
            resp = requests.request(method, f"{self._base}{path}", headers=headers, timeout=30, **kwargs)
            last_status = resp.status_code
            if resp.status_code not in RETRY_STATUS:
                break
            delay = min(2 ** attempt + random.random(), 30)
            logger.warning("retry %d/%d for %s %s in %.1fs (status %s)", attempt, self._max, method, path, delay, resp.status_code)
            time.sleep(delay)
        else:
            raise ApiError(
                f"{method} {path} failed after {self._max} attempts; headers={headers}",
                status=last_status,
            )
        if resp.status_code >= 400:
            raise ApiError(
                f"{method} {path}: {resp.status_code} {resp.text[:300]}",
                status=resp.status_code,
                request_id=resp.headers.get("x-request-id"),
            )
        return resp.json()

    def score(self, transcript: str) -> float:
        return float(self._request("POST", "/v1/score", json={"transcript": transcript})["score"])
