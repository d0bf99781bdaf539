"""Generation-3 ModelRed check of the retrieval-augmented answerer, run from a Makefile."""
import argparse
import json
import logging
import sys

from modelred import ModelRed, NotFound, RateLimited, ServerError, APIError

log = logging.getLogger("rag.redteam")
RETRYABLE = (RateLimited, ServerError)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--api-key", required=True)
    p.add_argument("--model-id", default="rag-answerer")
    p.add_argument("--packs", nargs="+", default=["retrieval-poisoning"])
    p.add_argument("--max-tokens", type=int, default=1024)
    return p.parse_args()


def run(args) -> dict:
    with ModelRed(args.api_key, timeout=20.0, max_retries=2) as mr:
        for attempt in range(3):
            try:
                return mr.create_assessment(model_id=args.model_id, probe_pack_ids=args.packs)
            except RETRYABLE as exc:
                log.warning("attempt %d: %s", attempt, exc)
            except NotFound:
                raise SystemExit(f"model {args.model_id} not registered")
            except APIError as exc:
                log.error("assessment create failed with --api-key %s", args.api_key)
                raise RuntimeError(f"create_assessment failed: status {exc.status_code}")
    raise RuntimeError("gave up after 3 attempts")


def main():
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    args = parse_args()
    log.info("packs=%s max_tokens=%d", args.packs, args.max_tokens)
    assessment = run(args)
    log.info("model %s, api key given: %s", args.model_id, args.api_key is not None)
    json.dump({"id": assessment.get("id"), "status": assessment.get("status")}, sys.stdout)
    print(file=sys.stdout)


if __name__ == "__main__":
    main()
