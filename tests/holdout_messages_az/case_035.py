"""Register the comment-toxicity model with ModelRed and expose a scan helper to the ops API."""
import logging
import os
from typing import Any

import modelred as mr

log = logging.getLogger("ops.modelred")

MODEL_ID = "comment-toxicity-v4"
DISPLAY = "Comment toxicity (GPT-4o mini, v4 prompt)"
TEST_TYPES = ["toxicity", "jailbreak", "prompt_injection"]


def client() -> mr.ModelRedClient:
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


def register(openai_key: str, org: str | None = None) -> dict[str, Any]:
    config = mr.ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", organization=org)
    log.info("registering %s (%s) for org %s", MODEL_ID, DISPLAY, org)
    try:
        model = client().create_model(modelId=MODEL_ID, provider="openai", displayName=DISPLAY, providerConfig=config)
    except mr.ConflictError:
        log.info("%s already exists", MODEL_ID)
        return {"model": MODEL_ID, "created": False}
    except mr.ModelRedError as e:
        log.error("create_model failed with config %s: %s", config, e)
        raise
    return {"model": model.id, "created": True}


def scan(requested_by: str) -> dict[str, Any]:
    try:
        job = client().create_assessment(model=MODEL_ID, test_types=TEST_TYPES, priority="normal")
    except mr.RateLimitError as e:
        log.warning("rate limited for %s", requested_by)
        return {"ok": False, "error": "rate limited, retry later", "status": getattr(e, "status_code", 429)}
    except mr.ModelRedError as e:
        log.exception("scan requested by %s failed", requested_by)
        return {"ok": False, "error": f"modelred: {e}"}
    log.info("scan %s requested by %s", job.id, requested_by)
    return {"ok": True, "assessment": job.id}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get("OPENAI_API_KEY", "")
    print("registering with openai key ending", key[-4:])
    print(register(key, os.environ.get("OPENAI_ORG")))
    print(scan("cli"))
