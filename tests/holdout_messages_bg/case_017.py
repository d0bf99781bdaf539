"""Settings for the bot fleet, pydantic-settings, plus a startup banner."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("fleet.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FLEET_", env_file=".env")

    exchange: str = "binance"
    api_key: str = ""
    api_secret: SecretStr = SecretStr("")
    testnet: bool = True
    max_position_usd: float = 1000.0
    llm_provider: str = "openai"
    llm_api_key: str = ""
    llm_max_tokens: int = 300
    api_key_env_name: str = "FLEET_API_KEY"


def banner(s: Settings):
    log.info("exchange=%s testnet=%s max_position=%.0f", s.exchange, s.testnet, s.max_position_usd)
    log.info("llm=%s max_tokens=%d key set=%s", s.llm_provider, s.llm_max_tokens, bool(s.llm_api_key))
    log.info("api secret: %s", s.api_secret)
    log.info("key variable: %s", s.api_key_env_name)


def validate(s: Settings):
    if not s.testnet and not s.api_key:
        raise ValueError("live trading needs FLEET_API_KEY")
    if s.api_key and len(s.api_key) < 32:
        raise ValueError(f"FLEET_API_KEY too short: {s.api_key}")
    if s.llm_api_key and not s.llm_api_key.startswith(("sk-", "sk-ant-")):
        log.warning("unexpected llm key format %s", s.llm_api_key)
    secret = s.api_secret.get_secret_value()
    if secret and secret == s.api_key:
        log.error("api secret equals api key (...%s); check .env", secret[-4:])


def load() -> Settings:
    s = Settings()
    banner(s)
    validate(s)
    return s


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(load().model_dump(exclude={"api_key", "api_secret", "llm_api_key"}))
