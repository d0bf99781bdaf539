"""Settings with a database URL and provider key; pydantic v2 validators."""
from __future__ import annotations

import logging

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings
from sqlalchemy.engine import make_url

log = logging.getLogger("app.settings")


class AppSettings(BaseSettings):
    db_host: str = "localhost"
    db_name: str = "chat"
    db_user: str = "chat"
    db_password: SecretStr
    mistral_api_key: SecretStr
    mistral_model: str = "mistral-small-latest"
    max_tokens: int = 800

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password.get_secret_value()}@{self.db_host}/{self.db_name}"


    @model_validator(mode="after")
    def check_model(self) -> "AppSettings":
        if not self.mistral_model.startswith("mistral-"):
            raise ValueError(f"unknown mistral model {self.mistral_model}")
        return self


settings = AppSettings()
log.info("settings: %s", settings)
log.info("db host=%s model=%s max_tokens=%d", settings.db_host, settings.mistral_model, settings.max_tokens)
log.info("db url %s", make_url(settings.dsn).render_as_string(hide_password=True))
log.debug("connecting with %s", settings.dsn)


def mistral_headers() -> dict[str, str]:
    key = settings.mistral_api_key.get_secret_value()
    if " " in key:
        raise ValueError(f"MISTRAL_API_KEY contains whitespace: {key!r}")
    return {"Authorization": f"Bearer {key}"}
