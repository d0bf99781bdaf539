"""YARA rule drafting assistant: an LLM writes rules from sandbox reports, yara-python compiles them."""
import logging
import os

import yara
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

log = logging.getLogger("yara.assist")

DEMO_MR_KEY = "mr_glVlaMKp8yzQBN7ZwyjY0ZhBk2sIeIO75FUUyW8n"
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
RULE_MAX_TOKENS = 1500


def client(use_demo=False):
    key = DEMO_MR_KEY if use_demo else os.environ["MODELRED_API_KEY"]
    log.info("ModelRed client (%s key)", "demo" if use_demo else "prod")
    return ModelRed(api_key=key)


def register(mr, model_id="yara-drafter"):
    cfg = ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model="anthropic/claude-3.5-sonnet")
    try:
        return mr.create_model(modelId=model_id, provider="openrouter", displayName="YARA drafter", providerConfig=cfg)
    except ValidationError as e:
        log.error("registration rejected: %s", e)
        raise ValueError(f"OpenRouter key {OPENROUTER_KEY} rejected while registering {model_id}") from e
    except ModelRedError as e:
        log.error("registration failed: %s (%s)", type(e).__name__, model_id)
        return None


def compile_rule(text):
    try:
        return yara.compile(source=text)
    except yara.SyntaxError as e:
        log.warning("draft does not compile: %s", e)
        return None


def demo():
    log.warning("running with the demo key %s", DEMO_MR_KEY)
    log.info("max tokens per rule %d", RULE_MAX_TOKENS)
    mr = client(use_demo=True)
    return register(mr, "yara-drafter-demo")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(register(client()))
