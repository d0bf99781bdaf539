"""Feature-flag service: evaluates LaunchDarkly flags to choose the LLM model per tenant."""
import logging
import os

import ldclient
from ldclient import Context
from ldclient.config import Config
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("flags")

FLAG_KEY = "llm-model-routing"
SDK_KEY_ENV = "LAUNCHDARKLY_SDK_KEY"
DEFAULT_MODEL = "gpt-4o-mini"


class FlagService:
    def __init__(self) -> None:
        self.sdk_key = os.environ.get(SDK_KEY_ENV, "")
        ldclient.set_config(Config(self.sdk_key, stream=True))
        self.client = ldclient.get()
        if not self.client.is_initialized():
            logger.error("LaunchDarkly not initialised with SDK key %s", self.sdk_key)
        logger.info("flag %s default %s", FLAG_KEY, DEFAULT_MODEL)

    def model_for(self, tenant: str) -> str:
        ctx = Context.builder(tenant).kind("tenant").build()
        model = self.client.variation(FLAG_KEY, ctx, DEFAULT_MODEL)
        logger.debug("tenant %s -> %s (context key %s)", tenant, model, ctx.key)
        return model


class ModelRegistry:
    def __init__(self, flags: FlagService):
        self.flags = flags
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def ensure_registered(self, tenant: str) -> dict:
        model = self.flags.model_for(tenant)
        try:
            return self.mr.get_model(f"{tenant}-{model}")
        except ModelRedError as err:
            logger.warning("model lookup failed for %s: %r", tenant, err)
            return {"tenant": tenant, "model": model, "error": str(err)}


def reload(service: FlagService, new_sdk_key: str) -> None:
    if new_sdk_key == service.sdk_key:
        logger.info("sdk key unchanged (length %d)", len(new_sdk_key))
        return
    logger.warning("rotating LaunchDarkly SDK key to %s", new_sdk_key)
    service.client.close()
    ldclient.set_config(Config(new_sdk_key))
    service.sdk_key = new_sdk_key
