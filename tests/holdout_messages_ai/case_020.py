"""Exam proctoring vendor client (Honorlock/Proctorio-like REST API) used by the LMS plugin."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("proctoring.client")


@dataclass
class ProctorCredentials:
    institution_id: str
    api_secret: str
    region: str = "us"

    @classmethod
    def from_env(cls) -> "ProctorCredentials":
        return cls(os.environ["PROCTOR_INSTITUTION_ID"], os.environ["PROCTOR_API_SECRET"], os.environ.get("PROCTOR_REGION", "us"))


class ProctorClient:
    def __init__(self, creds: ProctorCredentials):
        self.creds = creds
        self.base = f"https://{creds.region}.proctor.example/api/v2"

    def _headers(self) -> dict:
        return {"X-Institution": self.creds.institution_id, "X-Api-Secret": self.creds.api_secret}

    def schedule_exam(self, exam_id: str, starts_at: str, student_ids: list[str]) -> dict:
        headers = self._headers()
        logger.info("scheduling exam %s for institution %s in %s", exam_id, self.creds.institution_id, self.creds.region)
        r = requests.post(f"{self.base}/exams/{exam_id}/schedule", headers=headers, json={"starts_at": starts_at, "students": student_ids}, timeout=15)
        if r.status_code >= 400:
            logger.error("schedule failed: %s %s headers=%s", r.status_code, r.text, headers)
            r.raise_for_status()
        return r.json()

    def incidents(self, exam_id: str) -> list[dict]:
        r = requests.get(f"{self.base}/exams/{exam_id}/incidents", headers=self._headers(), timeout=15)
        logger.debug("incidents for %s: HTTP %s, %d bytes", exam_id, r.status_code, len(r.content))
        return r.json().get("incidents", [])


def summarise_incidents(incidents: list[dict]) -> str:
    from anthropic import Anthropic

    client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    text = "\n".join(f"{i['time']}: {i['kind']} ({i.get('confidence')})" for i in incidents)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=500, messages=[{"role": "user", "content": f"Summarise for the instructor, neutrally:\n{text}"}])
    return msg.content[0].text


if __name__ == "__main__":
    creds = ProctorCredentials.from_env()
    if not creds.api_secret.startswith("ps_"):
        raise ValueError(f"PROCTOR_API_SECRET should start with ps_, got {creds.api_secret}")
    client = ProctorClient(creds)
    print(summarise_incidents(client.incidents(os.environ.get("EXAM_ID", "midterm-1"))))
