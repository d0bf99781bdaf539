"""Frozen dataclass for a ModelRed (generation 1) registration, validated in __post_init__."""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field

from modelred import ModelRed, ModelRedError

log = logging.getLogger("mr.register")


@dataclass(frozen=True)
class AzureTarget:
    model_id: str
    endpoint: str
    deployment: str
    api_version: str = "2024-06-01"
    api_key: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if not self.endpoint.startswith("https://"):
            raise ValueError(f"endpoint must be https: {self.endpoint}")
        if self.api_key and len(self.api_key) != 32:
            raise ValueError(f"Azure OpenAI keys are 32 characters, got {self.api_key!r}")

    @classmethod
    def from_env(cls, model_id: str) -> "AzureTarget":
        return cls(
            model_id=model_id,
            endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o"),
            api_key=os.environ.get("AZURE_OPENAI_API_KEY", ""),
        )


async def register(target: AzureTarget) -> bool:
    log.info("registering %r", target)
    log.debug("deployment=%s endpoint=%s version=%s", target.deployment, target.endpoint, target.api_version)
    async with ModelRed() as client:
        try:
            await client.register_azure_model(
                model_id=target.model_id,
                api_key=target.api_key,
                endpoint=target.endpoint,
                deployment_name=target.deployment,
                api_version=target.api_version,
            )
        except ModelRedError as exc:
            log.error("registration of %s failed: %s", target.model_id, exc)
            return False
    log.info("azure key used for %s: %s", target.model_id, target.api_key)
    return True


if __name__ == "__main__":
    ok = asyncio.run(register(AzureTarget.from_env("azure-gpt4o")))
    raise SystemExit(0 if ok else 1)
