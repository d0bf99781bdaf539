"""Tax-help chatbot for the revenue department: configuration and client factory."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import openai
from modelred import AsyncModelRed

logger = logging.getLogger("revenue.taxbot")


@dataclass
class TaxBotSettings:
    azure_endpoint: str
    azure_deployment: str
    azure_api_key: str = field(repr=False)
    modelred_key: str = field(repr=False)
    max_tokens: int = 600
    api_version: str = "2024-06-01"

    @classmethod
    def from_env(cls) -> "TaxBotSettings":
        return cls(
            azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            azure_deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "taxbot-gpt4o"),
            azure_api_key=os.environ["AZURE_OPENAI_API_KEY"],
            modelred_key=os.environ["MODELRED_API_KEY"],
        )


class TaxBotFactory:
    def __init__(self, settings: TaxBotSettings):
        self.settings = settings
        logger.info("taxbot settings %r", settings)
        logger.info("deployment %s at %s", settings.azure_deployment, settings.azure_endpoint)

    def chat_client(self) -> openai.AzureOpenAI:
        s = self.settings
        if not s.azure_api_key.strip():
            raise ValueError(f"AZURE_OPENAI_API_KEY is blank: {s.azure_api_key!r}")
        logger.debug("azure client key=%s version=%s", s.azure_api_key, s.api_version)
        return openai.AzureOpenAI(api_key=s.azure_api_key, azure_endpoint=s.azure_endpoint,
                                  api_version=s.api_version)

    def redteam_client(self) -> AsyncModelRed:
        key = self.settings.modelred_key
        if not key.startswith("mr_"):
            raise ValueError("MODELRED_API_KEY must start with mr_, got " + key)
        return AsyncModelRed(key, timeout=30.0)

    def limits(self):
        logger.info("max_tokens=%d", self.settings.max_tokens)
        return {"max_tokens": self.settings.max_tokens}
