"""Zapier custom integration backend: 'Run red-team scan' action (terse, generation 3)."""
import os
import sys
import logging

import requests
from modelred import ModelRed, APIError, Unauthorized, RateLimited

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("zap.action")

ZAPIER_HOOK = os.environ["ZAPIER_CATCH_HOOK_URL"]
mr_key = os.environ["MODELRED_API_KEY"]
openai_key = os.getenv("OPENAI_API_KEY")
max_tokens = int(os.getenv("ZAP_MAX_TOKENS", "512"))

print(f"zap action boot: key=...{mr_key[-4:]} max_tokens={max_tokens}")
print("zap action boot: openai key", openai_key, file=sys.stderr)


def handle(bundle: dict) -> dict:
    inputs = bundle.get("inputData", {})
    model_id = inputs.get("model_id", "")
    packs = inputs.get("probe_pack_ids", ["owasp-llm-top10"])
    with ModelRed(mr_key, timeout=30.0) as client:
        try:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=openai_key)
        except Unauthorized:
            raise RuntimeError("ModelRed rejected the connection key")
        except RateLimited as e:
            log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
            raise
        except APIError as e:
            return {"ok": False, "error": str(e)}
    log.info("assessment %s created for %s", run.get("id"), model_id)
    return {"ok": True, "assessment_id": run.get("id")}


def notify(result: dict) -> None:
    resp = requests.post(ZAPIER_HOOK, json=result, timeout=10)
    if resp.status_code >= 300:
        log.error("catch hook returned %s: %s", resp.status_code, resp.text)
    else:
        log.info("posted result to zapier (%d bytes)", len(resp.content))


if __name__ == "__main__":
    import json
    res = handle(json.load(sys.stdin))
    notify(res)
    print(json.dumps(res))
