"""Generation-3 scan runner for the app team's CI job (plain functions, top-level main)."""
import argparse
import logging
import os
import sys

from modelred import ModelRed, APIError, Unauthorized, LimitExceeded, ValidationFailed

log = logging.getLogger("ci.scan")


def build_kwargs(model_id: str, packs: list[str], detector_key: str | None) -> dict:
    kwargs = {"model_id": model_id, "probe_pack_ids": packs, "priority": "high"}
    if detector_key:
        kwargs["detector_api_key"] = detector_key
    return kwargs


def run(key: str, model_id: str, packs: list[str]) -> int:
    kwargs = build_kwargs(model_id, packs, os.environ.get("OPENAI_API_KEY"))
    log.info("packs=%s priority=%s", kwargs["probe_pack_ids"], kwargs["priority"])
    with ModelRed(key, timeout=60.0) as client:
        try:
            a = client.create_assessment_by_id(**kwargs)
        except Unauthorized:
            log.error("unauthorized with key %s", key)
            return 3
        except (LimitExceeded, ValidationFailed) as exc:
            log.error("rejected: %s", exc)
            return 4
        except APIError as exc:
            log.error("api error status=%s", getattr(exc, "status_code", "?"))
            log.debug("request was %s", kwargs)
            return 5
    log.info("assessment %s queued", a.get("id"))
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("model_id")
    p.add_argument("--packs", nargs="+", default=["owasp-llm-top10"])
    p.add_argument("--key-env", default="MODELRED_API_KEY")
    args = p.parse_args(argv)
    key = os.environ.get(args.key_env, "")
    if not key:
        log.error("environment variable %s is empty", args.key_env)
        return 2
    return run(key, args.model_id, args.packs)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
