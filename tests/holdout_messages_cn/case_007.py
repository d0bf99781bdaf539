"""Delighted NPS pull for the weekly exec email."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import delighted

logger = logging.getLogger(__name__)


@dataclass
class DelightedSettings:
    api_key: str = field(repr=False)
    project: str = "consumer-app"
    per_page: int = 100


def load_settings() -> DelightedSettings:
    key = os.environ.get("DELIGHTED_API_KEY", "")
    if not key:
        raise RuntimeError("DELIGHTED_API_KEY is not set")
    return DelightedSettings(api_key=key)


class WeeklyNps:
    def __init__(self, settings: DelightedSettings):
        self.settings = settings
        delighted.api_key = settings.api_key
        logger.info("settings %r", settings)

    def pull(self, since: int) -> list[dict]:
        try:
            return delighted.SurveyResponse.all(since=since, per_page=self.settings.per_page)
        except delighted.errors.AuthenticationError:
            logger.error("Delighted auth failed for project %s with key %s", self.settings.project, self.settings.api_key)
            raise

    def metrics(self) -> dict:
        m = delighted.Metrics.retrieve()
        logger.info("nps %s (%s responses)", m.nps, m.response_count)
        return {"nps": m.nps, "responses": m.response_count}

    def email_body(self, since: int) -> str:
        responses = self.pull(since)
        promoters = sum(1 for r in responses if r.score >= 9)
        lines = [f"Project: {self.settings.project}", f"Responses: {len(responses)}", f"Promoters: {promoters}"]
        return "\n".join(lines)


if __name__ == "__main__":
    s = load_settings()
    job = WeeklyNps(s)
    print(job.email_body(since=1700000000))
    print("key configured:", bool(s.api_key))
