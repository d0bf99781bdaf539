"""A tiny LiteLLM-style router: pick a deployment, fall back on failure."""
import logging
import os
import random
from dataclasses import dataclass

import litellm

verbose_logger = logging.getLogger("router")

MODEL_LIST = [
    {
        "model_name": "gpt-4o",
        "litellm_params": {
            "model": "azure/gpt-4o-eu",
            "api_base": os.environ["AZURE_EU_API_BASE"],
            "api_key": os.environ["AZURE_EU_API_KEY"],
        },
    },
    {
        "model_name": "gpt-4o",
        "litellm_params": {
            "model": "openai/gpt-4o",
            "api_key": os.environ["OPENAI_API_KEY"],
        },
    },
]


class NoDeploymentAvailable(RuntimeError):
    pass


@dataclass
class RouteResult:
    deployment: str
    text: str


def _candidates(model_group: str) -> list[dict]:
    found = [d for d in MODEL_LIST if d["model_name"] == model_group]
    random.shuffle(found)
    return found


def complete(model_group: str, messages: list[dict]) -> RouteResult:
    errors: list[str] = []
    for deployment in _candidates(model_group):
        params = deployment["litellm_params"]
        verbose_logger.debug(f"trying {params['model']} at {params.get('api_base', 'default')}")
        verbose_logger.debug(f"deployment params: {params}")
        try:
            resp = litellm.completion(messages=messages, **params)
        except litellm.exceptions.RateLimitError as exc:
            errors.append(f"{params['model']}: rate limited")
            verbose_logger.info("rate limited on %s: %s", params["model"], exc)
            continue
        except litellm.exceptions.APIConnectionError as exc:
            errors.append(f"{params['model']}: {exc}")
            continue
        return RouteResult(params["model"], resp.choices[0].message.content)
    raise NoDeploymentAvailable(f"all deployments for {model_group} failed: {'; '.join(errors)}")


def describe() -> str:
    lines = []
    for d in MODEL_LIST:
        p = d["litellm_params"]
        lines.append(f"{d['model_name']} -> {p['model']} key={'set' if p.get('api_key') else 'missing'}")
    print("\n".join(lines))
    return "\n".join(lines)
