"""Gemini settings via pydantic-settings, shared by the summariser service."""
import logging
from functools import lru_cache

import google.generativeai as genai
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("summariser")


class GeminiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SUMMARISER_", env_file=".env", extra="ignore")

    gemini_api_key: SecretStr
    gemini_model: str = "gemini-1.5-flash"
    max_output_tokens: int = Field(default=800, ge=1)
    temperature: float = 0.2
    log_prompts: bool = False


@lru_cache
def get_settings() -> GeminiSettings:
    s = GeminiSettings()
    logger.info("settings loaded: %s", s)
    logger.info("gemini key field: %r", s.gemini_api_key)
    return s


def configure() -> genai.GenerativeModel:
    s = get_settings()
    raw_key = s.gemini_api_key.get_secret_value()
    if s.log_prompts:
        logger.debug("configuring genai with key %s", raw_key)
    genai.configure(api_key=raw_key)
    return genai.GenerativeModel(
        s.gemini_model,
        generation_config={"max_output_tokens": s.max_output_tokens, "temperature": s.temperature},
    )


def summarise(text: str) -> str:
    s = get_settings()
    model = configure()
    resp = model.generate_content(f"Summarise in three bullet points:\n\n{text}")
    meta = resp.usage_metadata
    logger.info("gemini tokens prompt=%d candidates=%d", meta.prompt_token_count, meta.candidates_token_count)
    if not resp.candidates:
        raise RuntimeError(f"gemini returned no candidates for model {s.gemini_model}")
    return resp.text


def check_key() -> None:
    key = get_settings().gemini_api_key.get_secret_value()
    if len(key) != 39 or not key.startswith("AIza"):
        raise ValueError("SUMMARISER_GEMINI_API_KEY looks wrong: " + key)
