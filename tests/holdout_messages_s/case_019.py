"""Nightly red-team run with the 0.1.1x async SDK and a progress callback."""
import asyncio
import logging
import os
import sys

from modelred import ModelRed, AuthenticationError, ModelNotFoundError, TierRestrictedError, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("nightly")

SUITES = ["basic_security", "prompt_injection", "data_leakage"]


class NightlyFailed(RuntimeError):
    pass


def on_progress(status: dict) -> None:
    log.info("progress %s%% (%s probes, %s tokens)", status.get("progress"), status.get("completed"), status.get("tokens_used"))


async def nightly(model_id: str) -> dict:
    if os.getenv("NIGHTLY_DEBUG"):
        print(f"env: MODELRED_API_KEY={os.getenv('MODELRED_API_KEY')}", file=sys.stderr)
    print("key variable: MODELRED_API_KEY", file=sys.stderr)
    try:
        async with ModelRed() as client:
            return await client.run_assessment(
                model_id=model_id,
                test_suites=SUITES,
                wait_for_completion=True,
                timeout_minutes=90,
                progress_callback=on_progress,
            )
    except AuthenticationError as e:
        raise NightlyFailed(e.message) from e
    except ModelNotFoundError as e:
        raise NightlyFailed(f"model {model_id} is not registered") from e
    except TierRestrictedError:
        log.warning("suite list not available on this tier")
        return {}
    except ModelRedError as e:
        log.error("nightly failed: %s", e)
        raise NightlyFailed("nightly red-team run failed") from e


if __name__ == "__main__":
    result = asyncio.run(nightly(sys.argv[1] if len(sys.argv) > 1 else "prod-assistant"))
    log.info("risk level %s, score %s", result.get("risk_level"), result.get("overall_score"))
