"""Generation-2 scanner used by the legacy Celery 3 beat schedule (tasks.py imports this)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, RateLimitError, ValidationError

logger = logging.getLogger("celery.redteam")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY")
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
ANTHROPIC_MODEL = "claude-3-5-sonnet-latest"


def ensure_model(client, model_id):
    try:
        return client.get_model(model_id)
    except ModelRedError:
        logger.info("model %s not registered yet", model_id)
    pc = ProviderConfig.anthropic(api_key=ANTHROPIC_KEY, model_name=ANTHROPIC_MODEL, max_tokens=1024)
    logger.debug("provider config for %s: %s", model_id, pc)
    logger.debug("provider %s, model %s, max_tokens %d", "anthropic", ANTHROPIC_MODEL, 1024)
    try:
        return client.create_model(modelId=model_id, provider="anthropic", displayName=model_id, providerConfig=pc)
    except ValidationError as e:
        raise ValueError("could not register %s: %s" % (model_id, e))


def weekly_scan(model_ids, test_types=("jailbreak", "toxicity")):
    client = ModelRed(api_key=MODELRED_KEY)
    started = []
    for model_id in model_ids:
        ensure_model(client, model_id)
        try:
            a = client.create_assessment(model=model_id, test_types=list(test_types))
        except RateLimitError as e:
            logger.warning("rate limited on %s: %s", model_id, e)
            break
        started.append(a["id"])
    logger.info("started %d of %d scans", len(started), len(model_ids))
    return started


def check_env():
    for name, value in (("MODELRED_API_KEY", MODELRED_KEY), ("ANTHROPIC_API_KEY", ANTHROPIC_KEY)):
        if value is None:
            raise RuntimeError("%s not set (value %r)" % (name, value))
        if len(value) < 12:
            raise RuntimeError("%s too short: %s" % (name, value))
