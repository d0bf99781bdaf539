"""Azure OpenAI deployment settings for the gateway (pydantic-settings)."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

settings_log = logging.getLogger("gateway.azure")


class AzureDeploymentSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AZURE_OPENAI_", env_file=".env")

    api_key: SecretStr
    endpoint: str
    api_version: str = "2024-06-01"
    deployment: str = "gpt-4o"
    max_tokens: int = 4096


def load_azure() -> AzureDeploymentSettings:
    s = AzureDeploymentSettings()
    settings_log.info("azure endpoint=%s deployment=%s version=%s", s.endpoint, s.deployment, s.api_version)
    settings_log.debug("azure settings %r", s)
    key = s.api_key.get_secret_value()
    if len(key) != 32:
        raise ValueError(f"AZURE_OPENAI_API_KEY should be 32 hex characters, got {key}")
    return s


def deployment_entry(s: AzureDeploymentSettings) -> dict:
    entry = {
        "model_name": s.deployment,
        "litellm_params": {
            "model": f"azure/{s.deployment}",
            "api_base": s.endpoint,
            "api_version": s.api_version,
            "api_key": s.api_key.get_secret_value(),
            "max_tokens": s.max_tokens,
        },
    }
    settings_log.info("azure deployment entry for %s (max_tokens=%d)", entry["model_name"], s.max_tokens)
    return entry


if __name__ == "__main__":
    cfg = load_azure()
    print("azure key:", cfg.api_key)
    print("entry:", deployment_entry(cfg))
