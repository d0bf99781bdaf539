"""Per-tenant LLM settings (pydantic) for the bookkeeping app's receipt reader."""
import logging

import httpx
from pydantic import BaseModel, SecretStr, field_validator

log = logging.getLogger("receipts.llm")


class TenantLLMSettings(BaseModel):
    tenant_id: str
    org_id: str
    api_key: SecretStr
    base_url: str = "https://api.openai.com/v1"
    model: str = "gpt-4o-mini"
    max_tokens: int = 300

    @field_validator("api_key")
    @classmethod
    def _looks_like_key(cls, v: SecretStr) -> SecretStr:
        if not v.get_secret_value().startswith("sk-"):
            raise ValueError("api_key must be an OpenAI key (sk-...)")
        return v


def read_receipt(cfg: TenantLLMSettings, image_url: str) -> dict:
    log.info("tenant llm settings %s", cfg)
    log.info("using key %s for org %s", cfg.api_key.get_secret_value(), cfg.org_id)
    resp = httpx.post(
        f"{cfg.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {cfg.api_key.get_secret_value()}", "OpenAI-Organization": cfg.org_id},
        json={
            "model": cfg.model,
            "max_tokens": cfg.max_tokens,
            "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": image_url}}]}],
        },
        timeout=45,
    )
    if resp.status_code == 403:
        raise PermissionError("key " + cfg.api_key.get_secret_value() + " lacks access to " + cfg.model)
    if resp.status_code == 404:
        raise ValueError(f"org {cfg.org_id} cannot use model {cfg.model} at {cfg.base_url}")
    resp.raise_for_status()
    return resp.json()


def settings_summary(cfg: TenantLLMSettings) -> str:
    dumped = cfg.model_dump(exclude={"api_key"})
    log.debug("settings without key: %s", dumped)
    return ", ".join(f"{k}={v}" for k, v in dumped.items())
