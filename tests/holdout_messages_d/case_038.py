"""Haystack 2 component that scores pipeline answers with ModelRed."""
import logging
from typing import Any

from haystack import component, default_from_dict, default_to_dict
from haystack.utils import Secret, deserialize_secrets_inplace
from modelred import ModelRed, ModelRedError

logger = logging.getLogger(__name__)


@component
class ModelRedGate:
    def __init__(self, model_id: str, api_key: Secret = Secret.from_env_var("MODELRED_API_KEY")) -> None:
        self.model_id = model_id
        self.api_key = api_key

    def to_dict(self) -> dict[str, Any]:
        return default_to_dict(self, model_id=self.model_id, api_key=self.api_key.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ModelRedGate":
        deserialize_secrets_inplace(data["init_parameters"], keys=["api_key"])
        return default_from_dict(cls, data)

    @component.output_types(allowed=bool, reason=str)
    def run(self, answer: str) -> dict[str, Any]:
        key = self.api_key.resolve_value()
        logger.debug("api key source %s", self.api_key.type)
        logger.debug("resolved key %s", key)
        try:
            with ModelRed(key) as client:
                packs = client.list_owned_probes(limit=1)
        except ModelRedError as e:
            return {"allowed": False, "reason": f"ModelRed unavailable: {e}"}
        logger.info("owned probes: %d", len(packs.get("items", [])))
        return {"allowed": True, "reason": "ok"}
