"""Voice satellite: speaks errors back to the user through the speaker (Wyoming-style)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, Unauthorized, RateLimited, ServerError

log = logging.getLogger("satellite")
RETRYABLE = (RateLimited, ServerError)
SPOKEN_FALLBACK = "I couldn't reach the safety service."


class Satellite:
    def __init__(self, tts, key: str) -> None:
        self.tts = tts
        self.key = key

    async def say(self, text: str) -> None:
        await self.tts.synthesize(text)

    async def safety_check(self, model_id: str) -> None:
        for attempt in range(3):
            try:
                async with AsyncModelRed(self.key, max_retries=0) as client:
                    page = await client.list_assessments(model_id=model_id)
                    await self.say(f"{len(page.items)} assessments found for {model_id}")
                    return
            except RETRYABLE as exc:
                log.warning("retryable %s on attempt %d", type(exc).__name__, attempt)
                await asyncio.sleep(2 ** attempt)
            except Unauthorized:
                log.error("satellite key refused")
                await self.say(SPOKEN_FALLBACK)
                return
            except APIError as exc:
                log.error("assessment lookup failed: %s", exc)
                await self.say(f"Safety check failed: {exc}")
                return
        await self.say(SPOKEN_FALLBACK)


async def main() -> None:
    logging.basicConfig(level=logging.DEBUG)
    key = os.environ["MODELRED_API_KEY"]
    log.debug("satellite boot with key=%s", key)
    log.debug("env has MODELRED_API_KEY: %s", "MODELRED_API_KEY" in os.environ)

    class _Printer:
        async def synthesize(self, text: str) -> None:
            print("TTS>", text)

    await Satellite(_Printer(), key).safety_check(os.environ.get("MODEL_ID", "kitchen-satellite"))


if __name__ == "__main__":
    asyncio.run(main())
