"""Application settings via pydantic-settings."""
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    openai_api_key: SecretStr
    anthropic_api_key: str = ""
    default_model: str = "gpt-4o-mini"
    max_tokens: int = 800
    token_budget_per_day: int = 200_000


settings = Settings()


def startup_banner():
    print(f"default model {settings.default_model}, max_tokens={settings.max_tokens}")
    print("settings:", settings)
    print(f"{settings.openai_api_key=}")
    print(f"daily token budget: {settings.token_budget_per_day}")


def debug_dump():
    data = settings.model_dump()
    print("settings dump:", data)
    return data


def openai_headers():
    return {"Authorization": "Bearer " + settings.openai_api_key.get_secret_value()}


def check_anthropic():
    key = settings.anthropic_api_key
    if key and len(key) < 40:
        raise ValueError(f"APP_ANTHROPIC_API_KEY too short: {key}")
    return bool(key)


def report_openai():
    raw = settings.openai_api_key.get_secret_value()
    print("openai key in use:", raw)
    print("openai key length:", len(raw))
