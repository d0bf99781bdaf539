"""Settings model with validators (pydantic v2)."""
import logging

from pydantic import BaseModel, field_validator

log = logging.getLogger("settings")


class ModelRedSettings(BaseModel):
    api_key: str
    base_url: str = "https://app.modelred.ai"
    timeout: float = 20.0

    @field_validator("api_key")
    @classmethod
    def _check_key(cls, v: str) -> str:
        if not v.startswith("mr_"):
            raise ValueError("api_key must start with mr_, got {}".format(v))
        return v

    @field_validator("base_url")
    @classmethod
    def _check_url(cls, v: str) -> str:
        if not v.startswith("https://"):
            raise ValueError(f"base_url must be https, got {v}")
        return v


def show(s: ModelRedSettings) -> None:
    log.info("ModelRed at %s (timeout %ss)", s.base_url, s.timeout)
    log.debug("settings %s", s.model_dump(exclude={"api_key"}))
    log.debug("settings (full) %s", s.model_dump())
