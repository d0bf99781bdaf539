"""Deployment scan service used by the gateway's admin UI (ModelRed generation 1, star import)."""
import logging
import os

from modelred import *  # noqa: F403

svc_log = logging.getLogger("gateway.scan_service")

SUITES = ["basic_security", "jailbreak"]
PROVIDER_ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}


def provider_key(provider: str) -> str:
    env_name = PROVIDER_ENV.get(provider)
    if env_name is None:
        raise ValueError(f"no key source for provider {provider}")
    value = os.environ.get(env_name, "")
    if not value:
        raise RuntimeError(f"{env_name} is empty; set it before scanning (value={value!r})")
    return value


async def scan_deployment(deployment: dict) -> dict:
    provider = deployment.get("provider", "openai")
    api_key = provider_key(provider)
    model_id = f"gw-{deployment['name']}"
    try:
        async with ModelRed() as client:  # noqa: F405
            if provider == "anthropic":
                await client.register_anthropic_model(model_id=model_id, api_key=api_key, model_name=deployment["model"])
            else:
                await client.register_openai_model(model_id=model_id, api_key=api_key, model_name=deployment["model"])
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True)
    except AuthenticationError:  # noqa: F405
        svc_log.error("ModelRed key rejected (MODELRED_API_KEY)")
        return {"deployment": deployment["name"], "status": "error", "error": "authentication failed"}
    except ModelRedError as e:  # noqa: F405
        svc_log.warning("scan of %s failed: %r", model_id, e)
        return {"deployment": deployment["name"], "status": "error", "error": f"{e}"}
    svc_log.info("scan of %s done: score %s", model_id, result.get("overall_score"))
    return {"deployment": deployment["name"], "status": "done", "score": result.get("overall_score")}


def describe(deployment: dict) -> str:
    provider = deployment.get("provider", "openai")
    key = provider_key(provider)
    svc_log.debug("describe %s using %s key %s", deployment["name"], provider, key)
    return f"{deployment['name']} ({provider}/{deployment['model']})"
