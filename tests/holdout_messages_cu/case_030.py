"""assess_advice_bot: CLI the fantasy-advice team runs before shipping a new prompt.
Uses ModelRed 0.1.40 (sync client)."""
import argparse
import logging
import os
import sys
import time

from modelred import ModelRed, APIError, LimitExceeded, NotFound, Unauthorized

log = logging.getLogger("assess_advice_bot")

DEFAULT_PACKS = ["jailbreak-basic", "gambling-advice", "pii"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model-id", default="fantasy-advice-gpt4o")
    p.add_argument("--pack", action="append", dest="packs")
    p.add_argument("--api-key", default=os.environ.get("MODELRED_API_KEY"))
    p.add_argument("--wait", type=int, default=0, help="poll for N minutes")
    p.add_argument("--debug", action="store_true")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO)
    if not args.api_key:
        log.error("no ModelRed key: pass --api-key or set MODELRED_API_KEY")
        return 2
    if not args.api_key.startswith("mr_"):
        raise ValueError(f"--api-key must start with mr_, got {args.api_key}")
    log.debug("args: model=%s packs=%s key=%s", args.model_id, args.packs, args.api_key)
    log.info("assessing %s with packs %s", args.model_id, args.packs or DEFAULT_PACKS)
    with ModelRed(args.api_key, timeout=30.0, max_retries=5) as mr:
        try:
            job = mr.create_assessment(model_id=args.model_id, probe_pack_ids=args.packs or DEFAULT_PACKS)
        except Unauthorized:
            log.error("ModelRed rejected the key ending %s", args.api_key[-4:])
            return 3
        except (NotFound, LimitExceeded) as e:
            log.error("cannot assess %s: %s", args.model_id, type(e).__name__)
            return 4
        except APIError as e:
            log.error("ModelRed API error (HTTP %s)", getattr(e, "status_code", "?"))
            return 5
        deadline = time.time() + args.wait * 60
        while args.wait and time.time() < deadline:
            state = mr.get_assessment(job["id"]).get("status")
            log.info("assessment %s: %s", job["id"], state)
            if state in ("COMPLETED", "FAILED"):
                break
            time.sleep(20)
    print(job["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
