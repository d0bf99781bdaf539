"""Async red-team runner for all ops assistants (ModelRed gen 3 AsyncModelRed)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, LimitExceeded, ValidationFailed, ServerError

rt_log = logging.getLogger("ops.redteam")

PACKS = ["pack_owasp_llm_top10", "pack_aviation_safety_ops"]
ASSISTANTS = {"metar-briefer": "mdl_metar", "notam-digest": "mdl_notam", "mro-writer": "mdl_mro"}


async def launch(client: AsyncModelRed, name: str, model_id: str, detector_key: str):
    kwargs = {"model_id": model_id, "probe_pack_ids": PACKS, "priority": "normal", "detector_api_key": detector_key}
    rt_log.info("launching %s with packs=%s priority=%s", name, kwargs["probe_pack_ids"], kwargs["priority"])
    try:
        return await client.create_assessment_by_id(**kwargs)
    except ValidationFailed as e:
        rt_log.error("validation failed for %s, request was %s", name, kwargs)
        raise
    except LimitExceeded:
        rt_log.warning("plan limit reached at %s", name)
        return None


async def main():
    key = os.environ.get("MODELRED_API_KEY", "")
    detector_key = os.environ.get("OPENAI_API_KEY", "")
    if len(key) < 12:
        raise SystemExit("MODELRED_API_KEY missing or too short")
    async with AsyncModelRed(key, timeout=30.0) as client:
        results = {}
        for name, model_id in ASSISTANTS.items():
            try:
                results[name] = await launch(client, name, model_id, detector_key)
            except ServerError as e:
                rt_log.exception("server error on %s: %s", name, e)
            except APIError as e:
                raise RuntimeError(f"red-team run aborted at {name}: {e}") from e
    for name, res in results.items():
        rt_log.info("%s -> %s", name, res and res.get("id"))
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
