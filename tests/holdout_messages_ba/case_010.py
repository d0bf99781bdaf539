"""Register the call-summary model with ModelRed (generation 2 client) and queue an assessment."""
import argparse
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, RateLimitError, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("register_summary")

DISPLAY = "Call summary (gpt-4o-mini, contact centre)"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-id", default="cc-call-summary")
    ap.add_argument("--max-tokens", type=int, default=256)
    args = ap.parse_args()

    openai_key = os.environ["OPENAI_API_KEY"]
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    provider_config = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", max_tokens=args.max_tokens)
    log.info("registering %s with max_tokens=%d", args.model_id, args.max_tokens)
    log.debug("provider config: %s", provider_config)
    try:
        mr.create_model(
            modelId=args.model_id,
            provider="openai",
            displayName=DISPLAY,
            providerConfig=provider_config,
        )
    except ConflictError:
        log.info("model %s already registered", args.model_id)
    except ModelRedError as e:
        log.error("create_model failed: %r", e)
        return 1

    try:
        a = mr.create_assessment(model=args.model_id, test_types=["prompt_injection", "pii"], priority="normal")
    except RateLimitError as e:
        log.warning("rate limited, try later (%s)", type(e).__name__)
        return 75
    log.info("assessment %s queued", a["id"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
