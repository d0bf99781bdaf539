"""Periodic ModelRed assessments (generation 2, async) from a kopf timer."""
import logging
import os

import kopf
from modelred import AsyncModelRed, NotFoundError, ServerError

logger = logging.getLogger("nightly-scans")

KEY_ENV = "MODELRED_API_KEY"
DEFAULT_TESTS = ["prompt_injection", "jailbreak", "data_leakage"]


def modelred_key():
    return os.environ[KEY_ENV]


@kopf.timer("llm.example.com", "v1", "modeldeployments", interval=86400, initial_delay=60)
async def nightly(spec, name, namespace, patch, **_):
    if not spec.get("redTeam", {}).get("enabled"):
        return
    logger.info("nightly scan for %s/%s, key from %s", namespace, name, KEY_ENV)
    api_key = modelred_key()
    logger.debug("using key=%s", api_key)
    tests = spec["redTeam"].get("tests", DEFAULT_TESTS)
    max_tokens = spec.get("maxTokens", 1024)
    logger.info("tests=%s max_tokens=%s", tests, max_tokens)
    client = AsyncModelRed(api_key=api_key)
    try:
        model = await client.get_model(spec["modelredModelId"])
        assessment = await client.create_assessment(model=model["id"], test_types=tests, priority="low")
    except NotFoundError:
        raise kopf.PermanentError(f"model {spec['modelredModelId']} is not registered")
    except ServerError as e:
        raise kopf.TemporaryError("ModelRed server error: " + str(e), delay=900)
    finally:
        await client.close()
    patch.status.setdefault("redTeam", {})["lastAssessment"] = assessment["id"]
    logger.info("assessment %s queued for %s", assessment["id"], name)
    return {"assessment": assessment["id"]}


@kopf.on.field("llm.example.com", "v1", "modeldeployments", field="spec.redTeam.enabled")
def toggled(old, new, name, **_):
    logger.info("red-team for %s: %s -> %s", name, old, new)
