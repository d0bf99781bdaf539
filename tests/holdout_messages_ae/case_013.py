"""mrscan: a tiny async CLI around the first-generation ModelRed SDK."""
import argparse
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger("mrscan")


async def scan(model_id: str, suites: list[str], key: str) -> dict:
    try:
        async with ModelRed(api_key=key) as client:
            await client.validate_api_key()
            return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, timeout_minutes=30)
    except AuthenticationError as e:
        raise RuntimeError(f"ModelRed rejected the API key {key}") from e
    except QuotaExceededError as e:
        raise RuntimeError("quota exceeded; try again next billing period") from e
    except ModelRedError as e:
        log.error("assessment of %s failed: %s", model_id, e)
        raise


def progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} tests", end="", flush=True)


async def main() -> int:
    ap = argparse.ArgumentParser(prog="mrscan")
    ap.add_argument("model_id")
    ap.add_argument("--suite", action="append", default=[])
    ap.add_argument("--key-env", default="MODELRED_API_KEY", help="environment variable holding the key")
    ns = ap.parse_args()
    key = os.environ.get(ns.key_env, "")
    if not key:
        log.error("no key in $%s", ns.key_env)
        return 2
    log.info("scanning %s with suites %s (key from $%s)", ns.model_id, ns.suite, ns.key_env)
    try:
        result = await scan(ns.model_id, ns.suite or ["basic_security"], key)
    except RuntimeError:
        log.error("scan of %s failed", ns.model_id)
        return 1
    print(f"\n{ns.model_id}: {result.get('status')} score={result.get('overall_score')}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(asyncio.run(main()))
