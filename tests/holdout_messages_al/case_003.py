"""311 request triage: classify citizen requests into service categories."""
import os
import logging

import anthropic

logger = logging.getLogger("three11.triage")

CATEGORIES = ["pothole", "streetlight", "graffiti", "noise", "missed_pickup", "other"]


class TriageService:
    def __init__(self, api_key=None, model="claude-3-5-haiku-latest", max_tokens=64):
        self.api_key = api_key or os.getenv("ANTHROPIC_API_KEY")
        self.model = model
        self.max_tokens = max_tokens
        if not self.api_key:
            raise RuntimeError(f"no Anthropic key configured (got {self.api_key!r})")
        self.client = anthropic.Anthropic(api_key=self.api_key)
        logger.info("triage ready model=%s max_tokens=%d", self.model, self.max_tokens)

    def classify(self, request_id: str, text: str) -> str:
        prompt = (
            "Classify this 311 request into one of: " + ", ".join(CATEGORIES)
            + ". Reply with the category only.\n\n" + text
        )
        try:
            msg = self.client.messages.create(
                model=self.model, max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": prompt}],
            )
        except anthropic.AuthenticationError as exc:
            raise RuntimeError(f"Anthropic auth failed for key {self.api_key}") from exc
        label = msg.content[0].text.strip().lower()
        logger.debug("request %s -> %s (in=%s out=%s)", request_id, label,
                     msg.usage.input_tokens, msg.usage.output_tokens)
        return label if label in CATEGORIES else "other"

    def describe(self):
        return {"model": self.model, "key_set": bool(self.api_key)}


if __name__ == "__main__":
    svc = TriageService()
    for rid, txt in [("311-0001", "Big pothole on Elm St near the school"),
                     ("311-0002", "Streetlight out at 5th and Main")]:
        print(rid, svc.classify(rid, txt))
    print(svc.describe())
