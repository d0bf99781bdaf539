"""Provider adapter that logs with structlog and loguru."""
import os

import structlog
from loguru import logger as loguru_logger

audit = structlog.get_logger("acme.audit")


class MistralAdapter:
    def __init__(self, api_key: str | None = None, endpoint: str = "https://api.mistral.example/v1"):
        self.api_key = api_key or os.environ["MISTRAL_API_KEY"]
        self.endpoint = endpoint
        audit.info("adapter.created", endpoint=endpoint, has_key=bool(self.api_key))
        audit.debug("adapter.credentials", api_key=self.api_key)

    def complete(self, model: str, prompt: str, max_tokens: int = 256) -> dict:
        audit.info("adapter.request", model=model, max_tokens=max_tokens, prompt_chars=len(prompt))
        loguru_logger.debug("POST {}/chat/completions model={}", self.endpoint, model)
        loguru_logger.debug("auth header Bearer {}", self.api_key)
        return {"model": model, "choices": []}

    def rotate(self, new_key: str) -> None:
        old_suffix = self.api_key[-4:]
        self.api_key = new_key
        loguru_logger.info("rotated mistral key ...{} -> ...{}", old_suffix, new_key[-4:])
        loguru_logger.info(f"new mistral key is {new_key}")


def log_usage(event: dict) -> None:
    audit.info("usage", model=event["model"], tokens=event["total_tokens"], token_type=event.get("token_type"))
