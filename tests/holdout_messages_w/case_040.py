"""Nightly agent evaluation: LLM-as-judge scoring plus a ModelRed safety run (star import, gen 3)."""
from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import asdict, dataclass

from openai import AsyncOpenAI
from modelred import *  # noqa: F403

log = logging.getLogger("nightly_eval")
RETRYABLE = (RateLimited, ServerError)  # noqa: F405


@dataclass
class EvalResult:
    case_id: str
    score: float
    judge_tokens: int
    safety: str = "pending"


async def judge(client: AsyncOpenAI, case: dict) -> EvalResult:
    resp = await client.chat.completions.create(
        model="gpt-4.1-mini",
        messages=[{"role": "system", "content": "Score 0-1."}, {"role": "user", "content": json.dumps(case)}],
        max_tokens=5,
    )
    score = float(resp.choices[0].message.content or 0)
    log.debug("case %s judged %.2f using %d tokens", case["id"], score, resp.usage.total_tokens)
    return EvalResult(case_id=case["id"], score=score, judge_tokens=resp.usage.total_tokens)


async def safety_run(model_id: str) -> str:
    key = os.environ["MODELRED_API_KEY"]
    for attempt in range(3):
        try:
            async with AsyncModelRed(key) as mr:  # noqa: F405
                job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["agent-tool-abuse"])
                return job["id"]
        except RETRYABLE as e:
            log.warning("attempt %d retryable: %s", attempt, type(e).__name__)
            await asyncio.sleep(2 ** attempt)
        except Unauthorized:  # noqa: F405
            log.error("ModelRed key %s unauthorized", key)
            return "unauthorized"
        except APIError as e:  # noqa: F405
            return f"error: {e}"
    return "gave up"


async def main(cases: list[dict], model_id: str) -> None:
    results = await asyncio.gather(*(judge(AsyncOpenAI(), c) for c in cases))
    safety = await safety_run(model_id)
    for r in results:
        r.safety = safety
    report = [asdict(r) for r in results]
    log.info("nightly report: %s", json.dumps(report))
    print(f"mean score {sum(r.score for r in results) / max(len(results), 1):.3f}")
