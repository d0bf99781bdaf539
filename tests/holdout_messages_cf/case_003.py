"""Async fare watcher for Kiwi Tequila search, scanned by ModelRed generation 1."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger(__name__)

TEQUILA_URL = "https://api.tequila.kiwi.com/v2/search"


async def search_fares(session, fly_from, fly_to, date_from, date_to, apikey):
    params = {"fly_from": fly_from, "fly_to": fly_to, "date_from": date_from, "date_to": date_to, "curr": "EUR", "limit": 20}
    async with session.get(TEQUILA_URL, params=params, headers={"apikey": apikey}) as resp:
        if resp.status == 403:
            logger.warning("tequila refused apikey=%s for %s-%s", apikey, fly_from, fly_to)
            return []
        body = await resp.json()
        logger.info("tequila %s-%s: status %s, %d results", fly_from, fly_to, resp.status, len(body.get("data", [])))
        return body.get("data", [])


async def watch(routes, threshold):
    apikey = os.environ["TEQUILA_API_KEY"]
    logger.debug("tequila key configured: %s", bool(apikey))
    async with aiohttp.ClientSession() as session:
        for fly_from, fly_to in routes:
            fares = await search_fares(session, fly_from, fly_to, "01/05/2026", "30/05/2026", apikey)
            cheap = [f for f in fares if f["price"] < threshold]
            for f in cheap:
                logger.info("deal %s-%s %s EUR on %s", fly_from, fly_to, f["price"], f["local_departure"])


async def check_fare_bot():
    try:
        async with ModelRed() as client:
            await client.validate_api_key()
            result = await client.run_assessment(model_id="fare-bot-v2", test_suites=["basic_security", "prompt_injection"], wait_for_completion=True, timeout_minutes=30)
            logger.info("fare bot assessment %s", result.get("assessment_id"))
    except AuthenticationError:
        logger.error("ModelRed authentication failed, check MODELRED_API_KEY")
    except ModelRedError as e:
        logger.error("ModelRed run failed: %s", type(e).__name__)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(watch([("LON", "BCN"), ("BER", "LIS")], threshold=80))
    asyncio.run(check_fare_bot())
