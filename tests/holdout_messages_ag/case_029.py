"""Care-gap outreach letters: HTTP client wrapper around the EHR vendor API with API-key auth."""
from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("outreach.ehr")


class EHRAuthError(Exception):
    pass


class EHRClient:
    API_KEY_HEADER = "X-EHR-Api-Key"
    DEFAULT_TIMEOUT = 20.0

    def __init__(self, base_url: str, api_key: str, practice_id: str):
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.practice_id = practice_id
        self.headers = {self.API_KEY_HEADER: api_key, "Accept": "application/json"}
        self._http = httpx.Client(timeout=self.DEFAULT_TIMEOUT, headers=self.headers)

    @classmethod
    def from_env(cls) -> "EHRClient":
        base = os.environ.get("EHR_BASE_URL", "https://api.ehr-vendor.example/v2")
        key = os.environ.get("EHR_API_KEY", "")
        practice = os.environ["EHR_PRACTICE_ID"]
        if not key:
            raise EHRAuthError(f"EHR_API_KEY empty for practice {practice}: {key!r}")
        return cls(base, key, practice)

    def care_gaps(self, measure: str) -> list:
        url = f"{self.base_url}/practices/{self.practice_id}/care-gaps"
        resp = self._http.get(url, params={"measure": measure})
        if resp.status_code in (401, 403):
            raise EHRAuthError(f"EHR rejected key {self._api_key} for practice {self.practice_id}")
        if resp.status_code >= 400:
            raise RuntimeError(f"EHR {resp.status_code} on {url}: {resp.text}")
        gaps = resp.json()["items"]
        logger.info("practice %s measure %s: %d gaps (header %s)", self.practice_id, measure, len(gaps), self.API_KEY_HEADER)
        return gaps


def draft_letters(gaps: list) -> list:
    from openai import OpenAI
    client = OpenAI()
    letters = []
    for g in gaps:
        out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=250,
            messages=[{"role": "user", "content": f"Friendly reminder letter: patient is due for {g['measure_name']}."}])
        letters.append(out.choices[0].message.content)
    return letters


if __name__ == "__main__":
    ehr = EHRClient.from_env()
    logger.debug("EHR client headers %s", ehr.headers)
    print(len(draft_letters(ehr.care_gaps("CBP"))))
