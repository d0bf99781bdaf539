"""smoke_test.py: post-deploy smoke test run by the GitLab/GitHub pipeline against the staging gateway."""
import os
import sys

import httpx
from modelred import ModelRed, APIError, ValidationFailed

GATEWAY = os.environ.get("GATEWAY_URL", "https://llm-gw.staging.internal")
# Staging-only fallback key; prod pipelines always set GATEWAY_KEY.
STAGING_GATEWAY_KEY = "sk-AU3nhv8gT7CamaCpeFJHKcx1XLOjKYu1rzTot6VDFncCqzy0"
gw_key = os.environ.get("GATEWAY_KEY") or STAGING_GATEWAY_KEY
modelred_key = os.environ["MODELRED_API_KEY"]
SMOKE_MAX_TOKENS = 16


def chat(prompt):
    r = httpx.post(
        f"{GATEWAY}/v1/chat/completions",
        headers={"Authorization": f"Bearer {gw_key}"},
        json={"model": "default", "max_tokens": SMOKE_MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]},
        timeout=20,
    )
    if r.status_code == 401:
        raise RuntimeError(f"gateway {GATEWAY} rejected key {gw_key}")
    if r.status_code != 200:
        raise RuntimeError(f"gateway {GATEWAY} HTTP {r.status_code}: {r.text[:200]}")
    return r.json()


def modelred_check(model_id):
    with ModelRed(modelred_key, timeout=10.0) as mr:
        try:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["smoke"])
        except ValidationFailed as e:
            raise RuntimeError(f"ModelRed validation: {e}") from e
        except APIError as e:
            raise RuntimeError(f"ModelRed HTTP {e.status_code}") from e


if __name__ == "__main__":
    using_fallback = gw_key == STAGING_GATEWAY_KEY
    print(f"smoke test against {GATEWAY}, fallback key in use: {using_fallback}")
    try:
        out = chat("Reply with the word pong.")
        print(f"gateway ok, {out['usage']['total_tokens']} tokens")
        job = modelred_check(os.environ.get("SMOKE_MODEL_ID", "gateway-default"))
        print(f"modelred assessment {job['id']}")
    except RuntimeError as exc:
        print(f"SMOKE FAILED ({type(exc).__name__})", file=sys.stderr)
        sys.exit(1)
