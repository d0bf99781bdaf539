"""Hotel rate-shopping worker for Booking.com affiliate API (async)."""
import asyncio
import base64
import logging
import os

import aiohttp
from modelred import AsyncModelRed, RateLimitError, ModelRedError
from modelred import ProviderConfig

logger = logging.getLogger(__name__)


class RateShopper:
    def __init__(self, username: str, password: str):
        self.username = username
        self.password = password
        creds = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.headers = {"Authorization": f"Basic {creds}", "Accept": "application/json"}

    async def hotels(self, session, city_id: int):
        logger.debug("booking.com hotels city=%s user=%s", city_id, self.username)
        async with session.post("https://distribution-xml.booking.com/2.7/json/hotels", json={"city_ids": [city_id]}, headers=self.headers) as r:
            if r.status == 401:
                logger.error("401 from booking.com, headers sent: %s", self.headers)
                return []
            logger.info("booking.com status %s", r.status)
            return (await r.json()).get("result", [])


async def register_pricing_model():
    openai_key = os.environ["OPENAI_API_KEY"]
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=512)
        try:
            await mr.create_model(modelId="rate-explainer", provider="openai", displayName="Rate explainer", providerConfig=cfg)
        except RateLimitError as exc:
            logger.warning("rate limited, retry after %s", getattr(exc, "retry_after", None))
        except ModelRedError as exc:
            logger.error("could not register model with key %s: %s", openai_key, type(exc).__name__)
            raise


async def main():
    shopper = RateShopper(os.environ["BOOKING_USER"], os.environ["BOOKING_PASSWORD"])
    if len(shopper.password) < 8:
        raise ValueError(f"booking password too short: {shopper.password}")
    logger.info("password length ok (%d)", len(shopper.password))
    async with aiohttp.ClientSession() as s:
        print(len(await shopper.hotels(s, -2601889)))
    await register_pricing_model()


if __name__ == "__main__":
    asyncio.run(main())
