"""Registers Claude deployments with ModelRed (generation 2 client)."""
import logging
import os

import yaml
from modelred import ModelRed, ProviderConfig, ValidationError as MRValidationError, ModelRedError

log = logging.getLogger("register_claude")


def load_targets(path: str = "targets.yaml") -> list[dict]:
    with open(path) as fh:
        doc = yaml.safe_load(fh)
    return doc["targets"]


def provider_config(t: dict):
    anthropic_key = os.environ[t.get("key_env", "ANTHROPIC_API_KEY")]
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name=t["model_name"])
    log.debug("built provider config for %s from %s", t["model_name"], t.get("key_env", "ANTHROPIC_API_KEY"))
    log.debug("provider config object: %r", cfg)
    return cfg


def register_all(path: str = "targets.yaml") -> None:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    for t in load_targets(path):
        try:
            client.create_model(modelId=t["id"], provider="anthropic", displayName=t.get("name", t["id"]),
                                providerConfig=provider_config(t))
        except MRValidationError as e:
            log.error("model %s invalid: %s", t["id"], e)
            continue
        except ModelRedError as e:
            log.error("model %s failed (%s)", t["id"], type(e).__name__)
            continue
        log.info("registered %s (%s)", t["id"], t["model_name"])


def check_targets(path: str = "targets.yaml") -> None:
    for t in load_targets(path):
        key = os.environ.get(t.get("key_env", "ANTHROPIC_API_KEY"), "")
        if not key.endswith("AA"):
            log.warning("%s: key for %s does not end like an Anthropic key: %s", path, t["id"], key)
        else:
            log.info("%s: key for %s ok (...%s)", path, t["id"], key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    check_targets()
    register_all()
