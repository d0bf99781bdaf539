"""Warehouse connection settings (pydantic-settings) for the BI copilot, with a keyring fallback."""
from __future__ import annotations

import logging

import keyring
import sqlalchemy as sa
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("copilot.db")
KEYRING_SERVICE = "bi-copilot"


class WarehouseSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COPILOT_WH_", env_file=".env")
    host: str = "localhost"
    port: int = 5432
    user: str = "copilot"
    password: SecretStr = SecretStr("")
    database: str = "analytics"
    anthropic_api_key: SecretStr = SecretStr("")


def load_settings() -> WarehouseSettings:
    s = WarehouseSettings()
    if not s.password.get_secret_value():
        stored = keyring.get_password(KEYRING_SERVICE, s.user)
        if stored:
            s.password = SecretStr(stored)
            log.info("password for %s loaded from keyring service %s", s.user, KEYRING_SERVICE)
    log.info("warehouse settings: %s", s)
    return s


def engine(s: WarehouseSettings) -> sa.Engine:
    pw = s.password.get_secret_value()
    url = sa.URL.create("postgresql+psycopg", username=s.user, password=pw, host=s.host, port=s.port, database=s.database)
    log.debug("engine url password=%s", pw)
    return sa.create_engine(url, pool_size=3)


def copilot_client(s: WarehouseSettings):
    from anthropic import Anthropic

    key = s.anthropic_api_key.get_secret_value()
    if key and not key.startswith("sk-ant-"):
        raise ValueError("COPILOT_WH_ANTHROPIC_API_KEY is not an Anthropic key: " + key)
    log.info("anthropic key configured: %s", s.anthropic_api_key)
    return Anthropic(api_key=key)


if __name__ == "__main__":
    settings = load_settings()
    with engine(settings).connect() as c:
        print(c.execute(sa.text("select current_user, version()")).one())
