"""Plagiarism-check adapter (Turnitin-like) used by the grading pipeline."""
from __future__ import annotations

import logging
import os
from typing import Any

import requests

log = logging.getLogger("grading.similarity")


class SimilarityError(Exception):
    pass


class SimilarityClient:
    """Thin client for the vendor's similarity API."""

    def __init__(self, base_url: str, api_secret: str | None = None, tenant: str = "default"):
        self.base_url = base_url.rstrip("/")
        self.api_secret = api_secret or os.environ["SIMILARITY_API_SECRET"]
        self.tenant = tenant
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Secret": self.api_secret, "X-Tenant": tenant})

    def _post(self, path: str, payload: dict[str, Any]) -> dict:
        r = self.session.post(f"{self.base_url}{path}", json=payload, timeout=30)
        if r.status_code == 403:
            raise SimilarityError(f"tenant {self.tenant} forbidden (secret {self.api_secret})")
        if r.status_code >= 400:
            raise SimilarityError(f"{path} -> {r.status_code}: {r.text[:300]}")
        return r.json()

    def submit(self, submission_id: str, text: str) -> str:
        res = self._post("/submissions", {"id": submission_id, "text": text})
        log.info("submitted %s as %s", submission_id, res["report_id"])
        return res["report_id"]

    def report(self, report_id: str) -> float:
        res = self._post("/reports/lookup", {"report_id": report_id})
        return float(res["similarity"])

    def debug(self) -> None:
        log.debug("session headers: %s", dict(self.session.headers))
        log.debug("tenant %s base %s", self.tenant, self.base_url)


def check(text: str, submission_id: str) -> float:
    client = SimilarityClient(os.environ.get("SIMILARITY_URL", "https://sim.example.com/api"))
    try:
        return client.report(client.submit(submission_id, text))
    except SimilarityError as e:
        log.warning("similarity check failed for %s: %s", submission_id, type(e).__name__)
        return -1.0
