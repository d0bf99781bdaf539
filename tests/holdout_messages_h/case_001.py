"""Minimal model router in the style of a LiteLLM proxy deployment list."""
import logging
import os
import random

logger = logging.getLogger("router")


class ProxyException(Exception):
    def __init__(self, message, status_code=500, litellm_params=None):
        super().__init__(message)
        self.status_code = status_code
        self.litellm_params = litellm_params


MODEL_LIST = [
    {
        "model_name": "gpt-4o",
        "litellm_params": {
            "model": "openai/gpt-4o",
            "api_key": os.environ.get("OPENAI_API_KEY"),
            "api_base": "https://api.openai.com/v1",
        },
        "tpm": 100_000,
    },
]


def pick_deployment(model_name: str) -> dict:
    healthy = [d for d in MODEL_LIST if d["model_name"] == model_name]
    if not healthy:
        raise ProxyException(f"no deployment for model={model_name}", status_code=404)
    deployment = random.choice(healthy)
    params = deployment["litellm_params"]
    logger.debug("routing %s to %s (tpm=%s)", model_name, params["api_base"], deployment["tpm"])
    logger.debug("selected deployment %s", deployment)
    return deployment


def call_deployment(deployment: dict, messages: list, max_tokens: int = 256) -> dict:
    params = deployment["litellm_params"]
    logger.info("calling %s max_tokens=%d", params["model"], max_tokens)
    if not params.get("api_key"):
        raise ProxyException(
            f"missing api_key for {params['model']}",
            status_code=401,
            litellm_params=params,
        )
    if len(messages) > 50:
        raise ProxyException(f"too many messages for key {params['api_key']}", status_code=400)
    return {"model": params["model"], "messages": messages}
