# Local dev helper for the damage-estimate service; reads a dev override file if present.
import json
import logging
import os
from pathlib import Path

log = logging.getLogger("estimate.dev")

DEV_FILE = Path(__file__).with_name("dev_overrides.json")
FALLBACK_OPENAI_KEY = "sk-f2LoBEoT2E2XGIkIKu3CDYUBLiW1CddSKkrf2YERuJ7P5sCM"


def load_overrides() -> dict:
    if DEV_FILE.exists():
        data = json.loads(DEV_FILE.read_text())
        log.info("dev overrides loaded: %s", sorted(data.keys()))
        return data
    return {}


def resolve_openai_key() -> str:
    ov = load_overrides()
    key = ov.get("openai_api_key") or os.environ.get("OPENAI_API_KEY") or FALLBACK_OPENAI_KEY
    if key == FALLBACK_OPENAI_KEY:
        log.warning("using the shared fallback dev key %s", FALLBACK_OPENAI_KEY)
    return key


def estimate_settings() -> dict:
    ov = load_overrides()
    return {
        "labor_rate": ov.get("labor_rate", 62.5),
        "paint_rate": ov.get("paint_rate", 48.0),
        "max_tokens": ov.get("max_tokens", 800),
        "token_budget_per_claim": ov.get("token_budget_per_claim", 20000),
    }


def print_settings() -> None:
    s = estimate_settings()
    print("estimate settings:", s)
    key = resolve_openai_key()
    print("openai key source:", "fallback" if key == FALLBACK_OPENAI_KEY else "env/override")


def check_key(key: str) -> None:
    if "T3BlbkFJ" in key:
        log.info("legacy-format OpenAI key detected")
    if key.startswith("sk-proj-") and len(key) < 60:
        raise ValueError(f"project key ...{key[-4:]} is truncated ({len(key)} chars)")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print_settings()
    check_key(resolve_openai_key())
