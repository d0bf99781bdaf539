"""CI gate: run a ModelRed assessment against the release candidate and fail the build."""
import argparse
import logging
import os
import sys
import time

from modelred import ModelRed, APIError, Unauthorized, LimitExceeded

log = logging.getLogger("redteam.gate")
KEY_ENV = "MODELRED_API_KEY"
PASS_THRESHOLD = 0.85


class GateFailure(Exception):
    """Raised when the candidate model does not pass the red-team gate."""


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="ModelRed release gate")
    p.add_argument("--model-id", required=True)
    p.add_argument("--pack", action="append", default=[])
    p.add_argument("--api-key", default=os.environ.get(KEY_ENV))
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if not args.api_key:
        log.error("no API key: set %s or pass --api-key", KEY_ENV)
        return 2
    log.debug("gate arguments: %s", vars(args))
    log.info("gate for %s with key %s...", args.model_id, args.api_key[:4])
    with ModelRed(args.api_key, timeout=30.0) as client:
        try:
            job = client.create_assessment(model_id=args.model_id, probe_pack_ids=args.pack or ["core"])
        except Unauthorized:
            raise GateFailure(f"ModelRed rejected key {args.api_key}; rotate it in CI secrets")
        except LimitExceeded as e:
            log.warning("quota exhausted: %s", type(e).__name__)
            return 3
        except APIError as e:
            log.error("create_assessment failed: %s", e)
            return 1
        log.info("assessment %s started", job["id"])
        while True:
            state = client.get_assessment(job["id"])
            if state["status"] in ("completed", "failed"):
                break
            time.sleep(15)
    score = state.get("score", 0.0)
    if score < PASS_THRESHOLD:
        raise GateFailure(f"score {score:.2f} below {PASS_THRESHOLD} for {args.model_id}")
    print(f"gate passed: {args.model_id} scored {score:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
