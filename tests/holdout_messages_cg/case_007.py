"""Quick red-team check of the group's local vLLM endpoint (a postdoc's script, run by hand)."""
import asyncio
import logging

from modelred import AsyncModelRed, RateLimited, ServerError, APIError

MODELRED_KEY = "mr_Tn7F7KFGKQx91lLn7iYth7dyz47DW2o2qiV7eJjL"
VLLM_BASE = "http://gpu-node17.cluster.local:8000/v1"
PACKS = ["jailbreak-basic", "pii-leak"]
RETRYABLE = (RateLimited, ServerError)

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("vllm-audit")


async def launch(model_id: str, attempts: int = 4) -> dict | None:
    async with AsyncModelRed(MODELRED_KEY, timeout=60.0, max_retries=0) as client:
        for n in range(attempts):
            try:
                return await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
            except RETRYABLE as exc:
                wait = getattr(exc, "retry_after", None) or 2 ** n
                log.warning("attempt %d/%d throttled (%s), sleeping %ss", n + 1, attempts, type(exc).__name__, wait)
                await asyncio.sleep(wait)
            except APIError as exc:
                log.error("create_assessment failed: %r", exc)
                return None
    log.error("gave up after %d attempts with key %s", attempts, MODELRED_KEY)
    return None


async def poll(assessment_id: str) -> str:
    async with AsyncModelRed(MODELRED_KEY) as client:
        while True:
            a = await client.get_assessment(assessment_id)
            if a.get("status") in {"COMPLETED", "FAILED"}:
                return a["status"]
            log.info("assessment %s: %s", assessment_id, a.get("status"))
            await asyncio.sleep(30)


async def main() -> None:
    log.info("auditing %s with packs %s", VLLM_BASE, PACKS)
    run = await launch("lab-vllm-llama3-8b")
    if run is None:
        raise SystemExit(1)
    status = await poll(run["id"])
    print(f"final status {status} (key ending {MODELRED_KEY[-4:]})")


if __name__ == "__main__":
    asyncio.run(main())
