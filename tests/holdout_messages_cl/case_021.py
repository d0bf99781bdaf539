"""ModelRed generation 1: nightly suite for the returns (RMA) chatbot, async script."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, RateLimitError, NotFoundError

log = logging.getLogger("rma.redteam")


async def progress(update):
    log.info("progress %s%%", update.get("progress"))


async def main():
    api_key = os.getenv("MODELRED_API_KEY")
    if api_key is None:
        log.error("MODELRED_API_KEY not set, value %r", api_key)
        return 2
    log.info("starting RMA red-team with key prefix %s", api_key[:3])
    async with ModelRed(api_key=api_key) as client:
        valid = await client.validate_api_key()
        if not valid:
            log.error("ModelRed says key %s is invalid", api_key)
            return 1
        try:
            res = await client.run_assessment(
                model_id="rma-chatbot",
                test_suites=["basic_security", "social_engineering"],
                priority="high",
                wait_for_completion=True,
                progress_callback=progress,
            )
        except QuotaExceededError as e:
            log.warning("quota exceeded: %s", e)
            return 3
        except RateLimitError:
            log.warning("rate limited, will retry tomorrow")
            return 4
        except NotFoundError:
            log.error("model rma-chatbot is not registered")
            return 5
        except ModelRedError:
            log.exception("assessment failed")
            return 6
    log.info("done: %s risk=%s", res["assessment_id"], res.get("risk_level"))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(asyncio.run(main()))
