"""Agent evaluation harness: red-team an agent endpoint with ModelRed (generation 3)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time

from modelred import APIError, LimitExceeded, ModelRed, NotAllowedForApiKey, ValidationFailed

log = logging.getLogger("agent_eval")


def run_eval(key: str, model_id: str, packs: list[str], poll_s: float = 10.0) -> dict:
    with ModelRed(key, max_retries=2) as mr:
        try:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="high")
        except ValidationFailed as e:
            return {"status": "invalid", "detail": e.message}
        except LimitExceeded as e:
            log.warning("limit exceeded for %s: %s", model_id, e)
            return {"status": "limited", "detail": "assessment limit reached for this plan"}
        started = time.monotonic()
        while True:
            state = mr.get_assessment(job["id"])
            if state["status"] in ("COMPLETED", "FAILED"):
                break
            log.info("assessment %s %s after %.0fs", job["id"], state["status"], time.monotonic() - started)
            time.sleep(poll_s)
    return {"status": state["status"], "score": state.get("score"), "id": job["id"]}


def safe_eval(key: str, model_id: str, packs: list[str]) -> dict:
    try:
        return run_eval(key, model_id, packs)
    except APIError as e:
        return {"status": "error", "detail": f"ModelRed error: {e}"}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--api-key", required=True)
    p.add_argument("--model-id", required=True)
    p.add_argument("--pack", action="append", default=[])
    args = p.parse_args(argv)
    log.debug("args: model=%s packs=%s", args.model_id, args.pack)
    if not args.api_key.startswith("mr_"):
        log.error("--api-key %s is not a ModelRed key", args.api_key)
        return 2
    try:
        result = safe_eval(args.api_key, args.model_id, args.pack or ["agent-tool-abuse"])
    except NotAllowedForApiKey as e:
        log.error("key lacks permission: %s", type(e).__name__)
        return 3
    json.dump(result, sys.stdout)
    return 0 if result["status"] == "COMPLETED" else 1


if __name__ == "__main__":
    raise SystemExit(main())
