"""Gate a new release of the literature-triage model: scan it (generation-3 SDK) from the release job."""
from __future__ import annotations

import logging
import os
import sys

from modelred import ModelRed, APIError, LimitExceeded, ValidationFailed, NotFound

log = logging.getLogger("release.gate")

PACKS = ["biomed-misinfo", "prompt-injection"]
OLD_DETECTOR_VAR = "DETECTOR_OPENAI_KEY"


def build_kwargs(model_id: str) -> dict:
    kwargs = {"model_id": model_id, "probe_pack_ids": PACKS, "priority": "high"}
    detector = os.environ.get(OLD_DETECTOR_VAR)
    if detector:
        kwargs["detector_api_key"] = detector
    return kwargs


def gate(model_id: str, threshold: float = 0.8) -> int:
    kwargs = build_kwargs(model_id)
    log.info("gate for %s with packs %s priority %s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
    log.debug("create_assessment kwargs: %s", kwargs)
    with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=5) as client:
        try:
            job = client.create_assessment(**kwargs)
        except ValidationFailed as exc:
            log.error("release gate: invalid request: %s", exc)
            return 2
        except LimitExceeded:
            log.warning("plan limit reached; gate skipped")
            return 0
        except NotFound as exc:
            raise SystemExit(f"model {model_id} unknown to ModelRed ({type(exc).__name__})")
        except APIError as exc:
            raise RuntimeError(f"ModelRed rejected gate for {model_id}: {exc}")
        score = job.get("score", 0.0)
    log.info("score %.2f (threshold %.2f)", score, threshold)
    return 0 if score >= threshold else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("CI_DEBUG") else logging.INFO)
    sys.exit(gate(sys.argv[1] if len(sys.argv) > 1 else "lit-triage-v5"))
