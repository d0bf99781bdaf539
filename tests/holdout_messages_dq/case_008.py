"""Gemini-backed FAQ answerer; its API key lives in Google Secret Manager."""

from __future__ import annotations

import logging
from functools import cached_property

from google import genai
from google.cloud import secretmanager
from google.genai import errors as genai_errors

log = logging.getLogger("faq.gemini")


class GeminiAnswerer:
    def __init__(self, project: str, secret_id: str = "gemini-api-key", model: str = "gemini-1.5-flash") -> None:
        self.project = project
        self.secret_id = secret_id
        self.model = model

    @property
    def secret_name(self) -> str:
        return f"projects/{self.project}/secrets/{self.secret_id}/versions/latest"

    @cached_property
    def api_key(self) -> str:
        sm = secretmanager.SecretManagerServiceClient()
        version = sm.access_secret_version(name=self.secret_name)
        return version.payload.data.decode("utf-8").strip()

    @cached_property
    def client(self) -> genai.Client:
        log.debug("secret %s resolved", self.secret_name)
        log.debug("secret %s resolved to %s", self.secret_name, self.api_key)
        return genai.Client(api_key=self.api_key)

    def __repr__(self) -> str:
        return f"GeminiAnswerer(project={self.project!r}, model={self.model!r}, key=…{self.api_key[-4:]})"

    def answer(self, question: str) -> str:
        log.info("answering with %r", self)
        try:
            resp = self.client.models.generate_content(model=self.model, contents=question)
        except genai_errors.ClientError as e:
            if e.code in (400, 403) and "API key" in (e.message or ""):
                raise RuntimeError(f"Gemini rejected key {self.api_key}") from e
            raise RuntimeError(f"Gemini call failed ({e.code}): {e.message}") from e
        usage = resp.usage_metadata
        log.info("tokens: prompt=%s output=%s", usage.prompt_token_count, usage.candidates_token_count)
        return resp.text or ""


def handler(event: dict, _context: object) -> dict:
    answerer = GeminiAnswerer(project=event.get("project", "faq-prod"))
    return {"answer": answerer.answer(event["question"])}
