"""Settings for the EHR integration engine (pydantic-settings)."""
import logging
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("ehr.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="EHR_")

    fhir_base_url: str = "https://fhir.example-hospital.org/R4"
    client_id: str = ""
    client_secret: str = ""
    hl7_mllp_host: str = "127.0.0.1"
    hl7_mllp_port: int = 2575
    openai_api_key: SecretStr = Field(default=SecretStr(""))
    modelred_api_key: str = ""
    llm_max_tokens: int = 800


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    log.info("FHIR base %s, client %s, MLLP %s:%d", s.fhir_base_url, s.client_id, s.hl7_mllp_host, s.hl7_mllp_port)
    log.info("openai key: %s", s.openai_api_key)
    log.info("llm max tokens: %d", s.llm_max_tokens)
    if s.client_secret and len(s.client_secret) < 16:
        log.warning("EHR_CLIENT_SECRET looks too short: %s", s.client_secret)
    return s


def require_modelred() -> str:
    s = get_settings()
    if not s.modelred_api_key:
        raise RuntimeError("set EHR_MODELRED_API_KEY to enable red-team scans")
    if not s.modelred_api_key.startswith("mr_"):
        raise ValueError(f"EHR_MODELRED_API_KEY must start with mr_, got {s.modelred_api_key}")
    return s.modelred_api_key


def describe() -> str:
    s = get_settings()
    return f"fhir={s.fhir_base_url} openai_key_set={bool(s.openai_api_key.get_secret_value())}"


if __name__ == "__main__":
    print(describe())
    print(get_settings().model_dump(exclude={"client_secret", "openai_api_key", "modelred_api_key"}))
