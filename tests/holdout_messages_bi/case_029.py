import asyncio
import logging
import os

import structlog
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

log = structlog.get_logger("fnol.scanner")

MODELS = ["fnol-web-chat", "fnol-sms", "fnol-voice-summarizer"]
PACKS = ["prompt-injection", "pii-leak", "policy-hallucination"]


async def scan_one(mr: AsyncModelRed, model_id: str) -> dict:
    for attempt in range(3):
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
            log.info("scan.started", model=model_id, assessment=a["id"], attempt=attempt)
            return {"model": model_id, "assessment": a["id"]}
        except (RateLimited, ServerError) as e:
            log.warning("scan.retry", model=model_id, error=type(e).__name__)
            await asyncio.sleep(2 ** attempt)
        except APIError as e:
            log.error("scan.failed", model=model_id, error=str(e))
            return {"model": model_id, "error": e.__class__.__name__}
    return {"model": model_id, "error": "gave up"}


async def main() -> list[dict]:
    api_key = os.environ.get("MODELRED_API_KEY", "")
    log.info("scanner.start", models=len(MODELS), key_configured=bool(api_key))
    if not api_key:
        raise RuntimeError(f"MODELRED_API_KEY is empty: {api_key!r}")
    async with AsyncModelRed(api_key, timeout=30.0) as mr:
        results = await asyncio.gather(*(scan_one(mr, m) for m in MODELS))
    failed = [r for r in results if "error" in r]
    if failed:
        log.error("scanner.partial_failure", failed=failed, api_key=api_key)
    return results


def run_with_override(key_override: str | None = None) -> list[dict]:
    if key_override:
        os.environ["MODELRED_API_KEY"] = key_override
        log.info("scanner.override", key_tail=key_override[-4:])
    return asyncio.run(main())


if __name__ == "__main__":
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
    for row in run_with_override(os.environ.get("MR_KEY_OVERRIDE")):
        print(row)
