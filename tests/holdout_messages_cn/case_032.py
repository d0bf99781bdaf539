"""Sentiment model gate in CI (generation 2 SDK, sync client)."""
import os
import sys

from modelred import ModelRedClient, ModelRedError, NotFoundError, RateLimitError

THRESHOLD = float(os.environ.get("SENTIMENT_GATE_MIN_SCORE", "7.5"))
MODEL = os.environ.get("SENTIMENT_MODEL_ID", "cx-sentiment-v5")
API_KEY_ENV = "MODELRED_API_KEY"


def main() -> int:
    api_key = os.environ.get(API_KEY_ENV)
    if api_key is None:
        print(f"::error::{API_KEY_ENV} is not set")
        return 1
    client = ModelRedClient(api_key=api_key)
    try:
        model = client.get_model(MODEL)
    except NotFoundError:
        print(f"::error::model {MODEL} is not registered in ModelRed")
        return 1
    print(f"model {model.get('displayName')} provider {model.get('provider')}")
    try:
        job = client.create_assessment(model=MODEL, test_types=["toxicity", "bias", "jailbreak"], priority="high")
        result = client.wait_for_completion(job["id"], timeout_minutes=40)
    except RateLimitError as e:
        print(f"::warning::rate limited, retry after {getattr(e, 'retry_after', '?')}s")
        return 0
    except ModelRedError as e:
        print(f"::error::ModelRed gate errored with {type(e).__name__}", file=sys.stderr)
        return 2
    score = result.get("overall_score", 0.0)
    print(f"score {score} threshold {THRESHOLD}")
    if score < THRESHOLD:
        raise RuntimeError(f"sentiment model below threshold ({score} < {THRESHOLD}); key used {api_key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
