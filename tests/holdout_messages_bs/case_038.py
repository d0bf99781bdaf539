"""Podcast translation pipeline config loaded from .env (pydantic-settings)."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("podcast.config")


class PipelineSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PODCAST_")

    openai_api_key: SecretStr
    elevenlabs_api_key: str
    deepl_auth_key: str
    target_langs: list[str] = ["de", "es"]
    max_tokens: int = 2000
    whisper_model: str = "whisper-1"


def load() -> PipelineSettings:
    s = PipelineSettings()
    log.info("targets %s, whisper %s, max_tokens %d", s.target_langs, s.whisper_model, s.max_tokens)
    log.debug("openai key %s", s.openai_api_key)
    log.debug("elevenlabs key %s", s.elevenlabs_api_key)
    return s


def check(s: PipelineSettings) -> None:
    if ":" in s.deepl_auth_key and not s.deepl_auth_key.endswith(":fx"):
        raise ValueError("malformed DeepL key %r" % s.deepl_auth_key)
    raw = s.openai_api_key.get_secret_value()
    if not raw.startswith("sk-"):
        log.warning("openai key does not look like an OpenAI key (%d chars)", len(raw))
    log.info("config ok (%d target languages)", len(s.target_langs))


def dump(s: PipelineSettings) -> dict:
    safe = s.model_dump(exclude={"openai_api_key", "elevenlabs_api_key", "deepl_auth_key"})
    log.info("settings %s", safe)
    return safe


if __name__ == "__main__":
    settings = load()
    check(settings)
    print(dump(settings))
    print("fields:", list(PipelineSettings.model_fields))
