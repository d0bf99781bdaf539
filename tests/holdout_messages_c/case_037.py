"""OpenAI provider with class-level configuration."""
import logging
import os

import requests

logger = logging.getLogger(__name__)


class OpenAIProvider:
    API_KEY = os.environ.get("OPENAI_API_KEY")
    BASE_URL = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
    ORGANIZATION = os.environ.get("OPENAI_ORG_ID")

    @property
    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.API_KEY}"}

    def __repr__(self) -> str:
        return f"OpenAIProvider(base_url={self.BASE_URL!r}, org={self.ORGANIZATION!r})"

    def list_models(self) -> list[str]:
        logger.info("provider %r", self)
        logger.info("base url %s org %s", self.BASE_URL, self.ORGANIZATION)
        logger.debug("auth header %s", self.auth_header)
        r = requests.get(f"{self.BASE_URL}/models", headers=self.auth_header, timeout=20)
        r.raise_for_status()
        return [m["id"] for m in r.json()["data"]]


def check_key() -> None:
    if not OpenAIProvider.API_KEY:
        raise RuntimeError("OPENAI_API_KEY is not set")
    logger.debug("class key %s", OpenAIProvider.API_KEY)
