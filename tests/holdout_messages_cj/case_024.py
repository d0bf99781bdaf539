"""Prototype: red-team the newsroom chatbot before the election coverage launch (gen 1, async)."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("launch_check")

_NEWSROOM_MR = "mr_3WngZaUCASIb99WmSuCV3rcGlHGlrNKmiV2NIlqd"
SUITES = ["basic_security", "prompt_injection", "misinformation"]
MODEL_ID = "election-desk-bot"


def on_progress(status: dict) -> None:
    log.info("progress %s%% (%s)", status.get("progress"), status.get("status"))


async def check(model_id: str = MODEL_ID) -> dict:
    log.info("checking %s with suites %s", model_id, SUITES)
    try:
        async with ModelRed(api_key=_NEWSROOM_MR) as client:
            ok = await client.validate_api_key()
            log.info("key valid: %s", ok)
            return await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="high",
                                               wait_for_completion=True, timeout_minutes=30, progress_callback=on_progress)
    except ValidationError as e:
        log.error("bad request for %s: %s", model_id, e)
        raise
    except SubscriptionLimitError:
        raise RuntimeError(f"plan limit reached for key {_NEWSROOM_MR}")
    except ModelRedError as e:
        log.error("launch check failed (%s) with key %s", type(e).__name__, _NEWSROOM_MR)


def report(result: dict) -> None:
    score = result.get("overall_score")
    print(f"overall score {score}, risk {result.get('risk_level')}")
    for suite, res in result.get("results", {}).items():
        print(f"  {suite}: {res.get('passed')}/{res.get('total')}")
    print("key used:", _NEWSROOM_MR[:3] + "…" + _NEWSROOM_MR[-4:])


if __name__ == "__main__":
    res = asyncio.run(check())
    if res:
        report(res)
