"""Comment moderation with the OpenAI moderation endpoint and a Perspective fallback."""
import logging
import os
from typing import Optional

import httpx

logger = logging.getLogger("comments.moderation")


class CommentModerator:
    PERSPECTIVE_URL = "https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze"
    THRESHOLD = 0.8

    def __init__(self, openai_key: Optional[str] = None, perspective_key: Optional[str] = None):
        self.openai_key = openai_key or os.environ.get("OPENAI_API_KEY")
        self.perspective_key = perspective_key or os.environ.get("PERSPECTIVE_API_KEY")
        self.http = httpx.Client(timeout=10)
        logger.info("moderator: openai=%s perspective=%s threshold=%.2f",
                    bool(self.openai_key), bool(self.perspective_key), self.THRESHOLD)
        if self.openai_key is None and self.perspective_key is None:
            raise RuntimeError("no moderation backend configured (OPENAI_API_KEY / PERSPECTIVE_API_KEY)")

    def _openai(self, text: str) -> bool:
        r = self.http.post("https://api.openai.com/v1/moderations",
                           headers={"Authorization": f"Bearer {self.openai_key}"},
                           json={"model": "omni-moderation-latest", "input": text})
        if r.status_code == 401:
            logger.error("openai moderation 401 with key %s", self.openai_key)
        r.raise_for_status()
        return r.json()["results"][0]["flagged"]

    def _perspective(self, text: str) -> bool:
        r = self.http.post(self.PERSPECTIVE_URL, params={"key": self.perspective_key},
                           json={"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}}})
        if r.status_code >= 400:
            raise RuntimeError(f"perspective {r.status_code}: {r.text}")
        score = r.json()["attributeScores"]["TOXICITY"]["summaryScore"]["value"]
        return score >= self.THRESHOLD

    def is_flagged(self, comment_id: str, text: str) -> bool:
        try:
            return self._openai(text) if self.openai_key else self._perspective(text)
        except httpx.HTTPError as exc:
            logger.warning("comment %s: primary backend failed: %s", comment_id, exc)
            if self.perspective_key:
                return self._perspective(text)
            raise

    def __repr__(self) -> str:
        return f"CommentModerator(threshold={self.THRESHOLD})"

    def dump(self):
        print(f"moderator config: perspective={self.perspective_key}")
