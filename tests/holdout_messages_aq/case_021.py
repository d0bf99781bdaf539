"""Crew-rostering assistant: pick an LLM provider from config and screen it with ModelRed (gen 3)."""
import json
import logging
import os
from pathlib import Path

from modelred import ModelRed, ValidationFailed, NotAllowedForApiKey

roster_log = logging.getLogger("crew.roster")
CONFIG_PATH = Path(os.environ.get("ROSTER_CONFIG", "/etc/roster/llm.json"))
PROVIDER_ENV = {"openrouter": "OPENROUTER_API_KEY", "xai": "XAI_API_KEY"}


def load_provider():
    cfg = json.loads(CONFIG_PATH.read_text())
    provider = cfg.get("provider", "openrouter")
    api_base = cfg.get("api_base", "https://openrouter.ai/api/v1")
    key = cfg.get("api_key") or os.environ.get(PROVIDER_ENV[provider], "")
    roster_log.info("provider=%s base=%s env=%s", provider, api_base, PROVIDER_ENV[provider])
    if provider == "openrouter" and not key.startswith("sk-or-v1-"):
        raise ValueError(f"OpenRouter key must start with sk-or-v1-, got {key}")
    return provider, api_base, key


def screen(provider: str, key: str):
    mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    try:
        return mr.create_assessment(model_id=f"roster-{provider}", probe_pack_ids=["crew-safety"], detector_api_key=key)
    except NotAllowedForApiKey:
        roster_log.error("this ModelRed key cannot create assessments")
        raise
    except ValidationFailed as e:
        raise RuntimeError("screening rejected for detector key " + key) from e
    finally:
        mr.close()


def main():
    provider, api_base, key = load_provider()
    roster_log.info("using %s at %s", provider, api_base)
    job = screen(provider, key)
    roster_log.info("assessment %s priority %s", job.get("id"), job.get("priority"))
    roster_log.debug("detector key (tail) %s", key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
