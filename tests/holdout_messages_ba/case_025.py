"""Settings for the contact-centre AI stack, with a startup self-check."""
import logging
from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("cc.settings")


class CCSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CC_", env_file=".env")

    twilio_account_sid: str
    twilio_auth_token: SecretStr
    openai_api_key: SecretStr
    genesys_client_id: str = ""
    genesys_client_secret: SecretStr = SecretStr("")
    summary_model: str = "gpt-4o-mini"
    summary_max_tokens: int = 200


@lru_cache
def settings() -> CCSettings:
    s = CCSettings()
    log.info("twilio account %s, summary model %s", s.twilio_account_sid, s.summary_model)
    log.info("twilio auth token %s", s.twilio_auth_token)
    return s


def self_check() -> list:
    s = settings()
    problems = []
    openai_key = s.openai_api_key.get_secret_value()
    if not openai_key.startswith("sk-"):
        problems.append("openai key has the wrong prefix")
        log.warning("openai key %s does not start with sk-", openai_key)
    if s.genesys_client_id and not s.genesys_client_secret.get_secret_value():
        problems.append("genesys client id set without a secret")
    if s.summary_max_tokens > 1000:
        problems.append(f"summary_max_tokens={s.summary_max_tokens} is too high")
    token = s.twilio_auth_token.get_secret_value()
    if len(token) != 32:
        raise ValueError(f"CC_TWILIO_AUTH_TOKEN has {len(token)} chars, expected 32")
    if not token.isalnum():
        raise ValueError("CC_TWILIO_AUTH_TOKEN is not alphanumeric: " + token)
    return problems


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for p in self_check():
        print("problem:", p)
