"""Gen 2 async ModelRed scan triggered from a backtest runner (asyncio)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, RateLimitError, NotFoundError, ModelRedError

log = logging.getLogger("backtest.scan")

MAX_TOKENS = 512
STRATEGY_MODEL = "mean-reversion-llm"


class ScanGate:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.last_error: str | None = None

    async def run(self, test_types):
        async with AsyncModelRed(api_key=self.api_key) as mr:
            for attempt in range(3):
                try:
                    job = await mr.create_assessment(model=STRATEGY_MODEL, test_types=test_types, priority="high")
                    return await mr.wait_for_completion(job["id"])
                except RateLimitError as e:
                    log.warning("rate limited (attempt %d): %s", attempt, e)
                    await asyncio.sleep(2 ** attempt)
                except NotFoundError:
                    self.last_error = "strategy model is not registered"
                    return None
                except ModelRedError as e:
                    self.last_error = "scan error"
                    return {"status": "error", "detail": str(e)}
        return None

    def describe(self):
        return f"ScanGate(model={STRATEGY_MODEL}, max_tokens={MAX_TOKENS}, key_set={bool(self.api_key)})"


async def run_backtest(days: int):
    gate = ScanGate()
    log.info("gate: %s", gate.describe())
    log.debug("gate key: %s", gate.api_key)
    res = await gate.run(["jailbreak", "market_manipulation"])
    if res is None:
        print("scan skipped:", gate.last_error)
        return
    print(f"backtesting {days} days after scan {res.get('status')}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(run_backtest(int(os.getenv("DAYS", "30"))))
