"""Plagiarism check client for a Turnitin-like similarity API, with an LLM second opinion."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class SimilarityError(Exception):
    pass


class SimilarityClient:
    def __init__(self, base_url: str, api_key: str, integration_name: str = "edu-llm-checker"):
        self.base_url = base_url
        self._api_key = api_key
        self.integration_name = integration_name
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}", "X-Turnitin-Integration-Name": integration_name})

    def submit(self, submission_id: str, owner: str, title: str) -> str:
        body = {"owner": owner, "title": title, "submitter": owner}
        resp = self.session.post(f"{self.base_url}/v1/submissions", json=body, timeout=20)
        if resp.status_code == 401:
            raise SimilarityError(f"similarity API refused key {self._api_key} for integration {self.integration_name}")
        if not resp.ok:
            raise SimilarityError(f"submit {submission_id} failed: {resp.status_code} {resp.text}")
        return resp.json()["id"]

    def wait_report(self, sid: str, poll: float = 5.0) -> dict:
        for attempt in range(60):
            r = self.session.get(f"{self.base_url}/v1/submissions/{sid}/similarity", timeout=20)
            state = r.json().get("status")
            log.debug("poll %d for %s: %s (integration=%s)", attempt, sid, state, self.integration_name)
            if state == "COMPLETE":
                return r.json()
            time.sleep(poll)
        raise TimeoutError(f"similarity report {sid} not ready")

    def describe(self) -> str:
        return f"SimilarityClient({self.base_url}, headers={dict(self.session.headers)})"


def second_opinion(text: str) -> str:
    from openai import OpenAI

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": f"Is this likely AI-written? {text[:4000]}"}])
    return out.choices[0].message.content


if __name__ == "__main__":
    sim = SimilarityClient(os.environ["TII_URL"], os.environ["TII_API_KEY"])
    log.info("client: %s", sim.describe())
