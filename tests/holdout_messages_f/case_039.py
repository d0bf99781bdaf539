"""Framework integration (LangChain-style) with pydantic SecretStr fields."""
import logging
from typing import Any, Optional

from pydantic import BaseModel, Field, SecretStr, model_validator

logger = logging.getLogger("acme.integration")


class ChatAcme(BaseModel):
    model_name: str = Field(default="acme-large", alias="model")
    acme_api_key: Optional[SecretStr] = Field(default=None, alias="api_key")
    acme_api_base: Optional[str] = None
    max_tokens: int = 1024
    streaming: bool = False

    @model_validator(mode="before")
    @classmethod
    def validate_environment(cls, values: dict[str, Any]) -> dict[str, Any]:
        import os

        key = values.get("api_key") or os.environ.get("ACME_API_KEY")
        if key is None:
            raise ValueError("Did not find acme_api_key, please add an environment variable `ACME_API_KEY` which contains it, or pass `api_key` as a named parameter.")
        values["api_key"] = SecretStr(key) if isinstance(key, str) else key
        return values

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "max_tokens": self.max_tokens, "acme_api_base": self.acme_api_base}

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.acme_api_key.get_secret_value()}"}

    def _invoke(self, prompt: str) -> str:
        logger.debug("invoking %s with params %s", self.model_name, self._identifying_params)
        logger.debug("api key object %s", self.acme_api_key)
        logger.debug("api key %s", self.acme_api_key.get_secret_value())
        return ""

    def __repr_args__(self):
        return [(k, v) for k, v in super().__repr_args__() if k != "acme_api_key"]


def debug_model(model: ChatAcme) -> None:
    print(model)
    print(model.model_dump(exclude={"acme_api_key"}))
    secret = model.acme_api_key.get_secret_value() if model.acme_api_key else ""
    print(f"unmasked key: {secret}")
