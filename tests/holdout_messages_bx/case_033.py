"""Gen-2 ModelRed in the robot-fleet CI: sync client, assessment gate for a release."""
import os
import sys
import logging

import modelred as mr

log = logging.getLogger("ci.gate")
THRESHOLD = float(os.getenv("REDTEAM_MIN_SCORE", "0.85"))


def gate(model_identifier: str) -> tuple[int, str]:
    client = mr.ModelRed(api_key=os.getenv("MODELRED_API_KEY"))
    try:
        model = client.get_model(model_identifier)
        job = client.create_assessment(model=model["id"], test_types=["unsafe_actuation", "prompt_injection"])
        result = client.wait_for_completion(job["id"], timeout=1800)
    except mr.NotFoundError:
        log.error("model %s not registered", model_identifier)
        return 2, "model not registered"
    except mr.ModelRedError as e:
        log.error("gate error: %r", e)
        return 3, f"red-team gate errored: {e}"
    score = result["score"]
    log.info("score %.3f (threshold %.2f)", score, THRESHOLD)
    return (0 if score >= THRESHOLD else 1), f"score {score:.3f}"


def main():
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    mid = sys.argv[1]
    token = os.getenv("GITHUB_TOKEN", "")
    log.info("running in CI: %s, GITHUB_TOKEN present: %s", bool(os.getenv("CI")), bool(token))
    rc, reason = gate(mid)
    log.info("gate result %d", rc)
    log.info("gate reason: %s", reason)
    if rc == 3 and os.getenv("GATE_DEBUG"):
        log.info("debug: MODELRED_API_KEY=%s", os.getenv("MODELRED_API_KEY"))
    sys.exit(rc)


if __name__ == "__main__":
    main()
