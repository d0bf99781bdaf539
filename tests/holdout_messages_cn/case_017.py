"""Register the NPS comment classifier with ModelRed (generation 2) and start an assessment."""
import logging
import os
import sys

import modelred as mr
from modelred import ProviderConfig

log = logging.getLogger("register")


def register(anthropic_key: str, model_id: str = "nps-comment-classifier") -> str:
    client = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model="claude-3-5-sonnet-latest", max_tokens=512)
    log.debug("provider config %s", cfg)
    try:
        client.create_model(modelId=model_id, provider="anthropic", displayName="NPS comment classifier", providerConfig=cfg)
    except mr.ConflictError:
        log.info("model %s already registered", model_id)
    except mr.ValidationError as e:
        log.error("registration rejected: %s", e)
        raise SystemExit(2)
    job = client.create_assessment(model=model_id, test_types=["prompt_injection", "pii"], priority="normal")
    log.info("assessment %s started for %s", job["id"], model_id)
    return job["id"]


def main() -> int:
    anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
    if anthropic_key is None:
        print("ANTHROPIC_API_KEY missing", file=sys.stderr)
        return 1
    if not anthropic_key.endswith("AA"):
        print(f"warning: ANTHROPIC_API_KEY does not look like an api03 key: {anthropic_key}", file=sys.stderr)
    try:
        aid = register(anthropic_key)
    except mr.ModelRedError as e:
        print(f"ModelRed error ({type(e).__name__}); see logs", file=sys.stderr)
        return 3
    print(aid)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO)
    sys.exit(main())
