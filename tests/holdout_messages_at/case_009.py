import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger("candidate_chat.redteam")


class CandidateChatRedTeam:
    """Nightly red-team run for the careers-site candidate chatbot (ModelRed gen 1)."""

    suites = ["prompt_injection", "pii_leakage", "bias_fairness"]

    def __init__(self, model_id: str, api_key: str | None = None):
        self.model_id = model_id
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.webhook = os.getenv("RECRUITING_ALERTS_WEBHOOK")

    async def _notify(self, text: str) -> None:
        async with aiohttp.ClientSession() as s:
            await s.post(self.webhook, json={"text": text})

    async def run(self) -> dict | None:
        try:
            async with ModelRed(api_key=self.api_key) as client:
                ok = await client.validate_api_key()
                log.info("key valid=%s for model %s", ok, self.model_id)
                return await client.run_assessment(model_id=self.model_id, test_suites=self.suites, wait_for_completion=True, timeout_minutes=90)
        except AuthenticationError:
            log.error("modelred auth failed with key %s", self.api_key)
            return None
        except QuotaExceededError as e:
            await self._notify(f"Red-team quota exceeded: {type(e).__name__}")
            return None
        except ModelRedError as e:
            log.exception("red-team run failed")
            await self._notify(f"Red-team run for {self.model_id} failed")
            return {"status": "failed", "error": str(e)}


async def main() -> None:
    rt = CandidateChatRedTeam(os.environ.get("CHAT_MODEL_ID", "careers-chat-v3"))
    result = await rt.run()
    if result:
        log.info("score %s, %d findings", result.get("overall_score"), len(result.get("findings", [])))
    log.info("webhook configured: %s", bool(rt.webhook))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
