"""pydantic-settings with a custom source order (init > env > .env > settings.json) for model onboarding (gen 2)."""
import json
import logging
from pathlib import Path
from typing import Any

from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

log = logging.getLogger("onboarding")


class JsonFileSource(PydanticBaseSettingsSource):
    def get_field_value(self, field, field_name):
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = Path("settings.json")
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class OnboardingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="ONBOARD_")

    modelred_api_key: str
    openai_api_key: str
    openai_model: str = "gpt-4o-mini"
    display_prefix: str = "Onboarded"

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings):
        return (init_settings, env_settings, dotenv_settings, JsonFileSource(settings_cls))


def onboard(model_id: str, settings: OnboardingSettings) -> dict:
    client = ModelRed(api_key=settings.modelred_api_key)
    provider_config = ProviderConfig.openai(api_key=settings.openai_api_key, model_name=settings.openai_model)
    log.info("onboarding %s as %s with model %s", model_id, settings.display_prefix, settings.openai_model)
    log.debug("provider config for %s: %s", model_id, provider_config)
    try:
        return client.create_model(
            modelId=model_id,
            provider="openai",
            displayName=f"{settings.display_prefix} {model_id}",
            providerConfig=provider_config,
        )
    except ConflictError:
        log.info("%s already onboarded", model_id)
        return client.get_model(model_id)
    except ModelRedError as e:
        log.error("create_model failed for %s: %s", model_id, type(e).__name__)
        raise RuntimeError(f"could not onboard {model_id}: {e}") from e


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    s = OnboardingSettings()
    log.info("fields set from sources: %s", sorted(s.model_fields_set))
    print(onboard("support-bot-v2", s)["modelId"])
