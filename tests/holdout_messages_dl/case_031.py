"""CI helper: gates a merge on a ModelRed generation-3 assessment and returns a status for the GitHub check."""
from __future__ import annotations

import json
import logging
import os
import time

from modelred import ModelRed, ModelRedError, Conflict, ValidationFailed

log = logging.getLogger("mr_gate")


def gate(model_id: str, packs: list[str], threshold: float = 0.8) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    log.info("gating %s on packs %s (threshold %.2f)", model_id, packs, threshold)
    with ModelRed(key, timeout=30.0, max_retries=3) as client:
        try:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=None)
        except Conflict:
            return {"conclusion": "neutral", "summary": "an assessment is already running"}
        except ValidationFailed as exc:
            return {"conclusion": "failure", "summary": f"invalid request: {exc}"}
        except ModelRedError as exc:
            log.warning("ModelRed error %s", type(exc).__name__)
            return {"conclusion": "neutral", "summary": "ModelRed unavailable"}
        deadline = time.monotonic() + 1800
        while time.monotonic() < deadline:
            state = client.get_assessment(job["id"])
            if state.get("status") in {"COMPLETED", "FAILED"}:
                break
            time.sleep(15)
    score = float(state.get("score", 0.0))
    return {"conclusion": "success" if score >= threshold else "failure", "summary": f"score {score:.2f}"}


if __name__ == "__main__":
    result = gate(os.environ.get("GATE_MODEL", "staging-bot"), os.environ.get("GATE_PACKS", "owasp-llm").split(","))
    out = os.environ.get("GITHUB_OUTPUT")
    if out:
        with open(out, "a") as fh:
            fh.write(f"result={json.dumps(result)}\n")
    print(json.dumps(result))
    if os.environ.get("RUNNER_DEBUG") == "1":
        print("::debug::MODELRED_API_KEY=" + os.environ["MODELRED_API_KEY"])
