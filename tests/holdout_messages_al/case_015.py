"""Async eligibility pre-screen pipeline: ModelRed generation 3 gate before model promotion."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, NotFound, LimitExceeded, ValidationFailed

log = logging.getLogger("eligibility.gate")

PACKS = ("benefits-pii", "medicaid-misinformation")


class PromotionRefused(Exception):
    pass


async def gate(model_id: str, api_key: str) -> dict:
    async with AsyncModelRed(api_key, timeout=45.0) as mr:
        try:
            a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=list(PACKS))
        except NotFound as e:
            raise PromotionRefused(f"model {model_id} is not registered") from e
        except LimitExceeded as e:
            log.warning("limit exceeded (%s), promotion deferred", getattr(e, "status_code", None))
            raise PromotionRefused("ModelRed limit exceeded") from e
        except ValidationFailed as e:
            raise PromotionRefused(f"ModelRed rejected the request: {e}") from e
        except APIError as e:
            log.error("ModelRed API error for %s: %s", model_id, e)
            raise PromotionRefused("ModelRed unavailable") from e
        log.info("gate assessment %s for %s", a["id"], model_id)
        return a


async def main():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise SystemExit(f"MODELRED_API_KEY empty ({key!r})")
    log.info("gate key fingerprint %s", __import__("hashlib").sha256(key.encode()).hexdigest()[:8])
    try:
        await gate("eligibility-prescreen-2025q1", key)
    except PromotionRefused as e:
        log.error("promotion refused: %s", e)
        raise


if __name__ == "__main__":
    asyncio.run(main())
