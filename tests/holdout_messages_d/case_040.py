"""Start assessments for many models at once with asyncio.TaskGroup (Python 3.11)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, RateLimited

log = logging.getLogger("batch")


class AssessmentBatchError(Exception):
    pass


def check_keys(provider_keys: dict[str, str]) -> None:
    bad = [
        ValueError(f"bad key for {name}: {key}")
        for name, key in provider_keys.items()
        if len(key) < 20
    ]
    if bad:
        raise ExceptionGroup("provider key problems", bad)
    names = ", ".join(name for name, key in provider_keys.items() if key)
    log.info("keys present for: %s", names)


async def start_all(model_ids: list[str], packs: list[str]) -> list[str]:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(mr.create_assessment_by_id(model_id=m, probe_pack_ids=packs)) for m in model_ids]
        except* RateLimited as eg:
            log.warning("%d assessments rate limited", len(eg.exceptions))
            raise AssessmentBatchError("rate limited, retry the batch later") from eg
        except* ModelRedError as eg:
            raise AssessmentBatchError([str(e) for e in eg.exceptions])
    return [t.result()["id"] for t in tasks]
