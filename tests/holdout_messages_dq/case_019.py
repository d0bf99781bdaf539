"""Register the staging chat model with ModelRed and run a smoke assessment (generation 2)."""

from __future__ import annotations

import contextlib
import getpass
import logging
import os

import keyring
from modelred import ConflictError, ModelRedClient, ProviderConfig, ServerError

log = logging.getLogger("staging.smoke")

MODEL_ID = "staging-chat"


def smoke(openai_key: str | None = None) -> str:
    mr_key = keyring.get_password("modelred", getpass.getuser())
    if mr_key is None:
        raise RuntimeError(f"no ModelRed key in the keyring for {getpass.getuser()}")
    openai_key = openai_key or os.environ["OPENAI_API_KEY"]
    client = ModelRedClient(api_key=mr_key)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", max_tokens=256)
    log.info("provider config for %s: %s", MODEL_ID, cfg)
    log.info("%s uses gpt-4o-mini with max_tokens=%d", MODEL_ID, 256)
    with contextlib.suppress(ConflictError):
        client.create_model(modelId=MODEL_ID, provider="openai", displayName="Staging chat", providerConfig=cfg)
    try:
        assessment = client.create_assessment(model=MODEL_ID, test_types=["prompt_injection", "toxicity"], priority="high")
        done = client.wait_for_completion(assessment["id"], timeout_minutes=30)
    except ServerError as exc:
        log.warning("ModelRed server error: %s", exc)
        raise RuntimeError(f"smoke assessment could not run: {exc}") from exc
    match done:
        case {"status": "COMPLETED", "results": {"overall_score": float(score)}}:
            log.info("smoke score %.2f", score)
            return "pass" if score >= 0.8 else "fail"
        case {"status": str(status), "id": aid}:
            log.warning("assessment %s ended as %s", aid, status)
            return "error"
    return "error"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    verdict = smoke()
    print(f"staging smoke: {verdict}")
    raise SystemExit(0 if verdict == "pass" else 1)
