"""Provider router (LiteLLM-like): deployments, fallbacks and callbacks."""
import logging
import os
import random

logger = logging.getLogger("router")

MODEL_LIST = [
    {
        "model_name": "gpt-4o",
        "litellm_params": {"model": "azure/gpt-4o-eu", "api_base": "https://eu.example.openai.azure.com", "api_key": os.getenv("AZURE_EU_KEY")},
    },
    {
        "model_name": "gpt-4o",
        "litellm_params": {"model": "openai/gpt-4o", "api_key": os.getenv("OPENAI_API_KEY")},
    },
]


class Router:
    def __init__(self, model_list, fallbacks=None, verbose=False):
        self.model_list = model_list
        self.fallbacks = fallbacks or {}
        self.verbose = verbose
        names = sorted({d["model_name"] for d in model_list})
        logger.info("router initialised with models %s", names)
        if verbose:
            print(f"Router model_list: {model_list}")

    def pick(self, model: str) -> dict:
        candidates = [d for d in self.model_list if d["model_name"] == model]
        if not candidates:
            raise ValueError(f"no deployment for model={model}; known: {[d['model_name'] for d in self.model_list]}")
        deployment = random.choice(candidates)
        params = deployment["litellm_params"]
        logger.debug("picked %s at %s", params["model"], params.get("api_base", "default"))
        return deployment

    def completion(self, model: str, messages: list, **kwargs):
        deployment = self.pick(model)
        params = {**deployment["litellm_params"], **kwargs}
        logger.debug("calling %s with %d messages", params["model"], len(messages))
        try:
            return self._call(messages, **params)
        except Exception as exc:
            logger.warning("deployment %s failed: %s", params["model"], exc)
            if model in self.fallbacks:
                return self.completion(self.fallbacks[model], messages, **kwargs)
            raise RuntimeError(f"all deployments failed for {model}; last params={params}") from exc

    def _call(self, messages, **params):
        raise NotImplementedError


def success_callback(kwargs, completion_response, start_time, end_time):
    logger.info("call to %s took %.2fs", kwargs.get("model"), (end_time - start_time).total_seconds())
    logger.debug("usage %s", getattr(completion_response, "usage", None))


def failure_callback(kwargs, exc, start_time, end_time):
    logger.error("call to %s failed (%s); key used=%s", kwargs.get("model"), type(exc).__name__, kwargs.get("api_key"))
