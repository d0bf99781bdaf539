"""GreyNoise enrichment worker (async) that feeds a ModelRed gen-1 assessment."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger(__name__)

GN_BASE = "https://api.greynoise.io/v3/community/"


async def enrich(session, ip, gn_key):
    async with session.get(GN_BASE + ip, headers={"key": gn_key}) as resp:
        if resp.status == 401:
            raise PermissionError(f"GreyNoise rejected key {gn_key} for {ip}")
        if resp.status != 200:
            body = await resp.text()
            raise RuntimeError(f"GreyNoise {resp.status} for {ip}: {body}")
        return await resp.json()


async def run_assessment(model_id):
    try:
        async with ModelRed() as client:
            return await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=True,
            )
    except AuthenticationError as e:
        logger.error("modelred auth failed: %s", e)
        raise RuntimeError("ModelRed authentication failed") from None
    except ModelRedError as e:
        raise RuntimeError(f"assessment did not run: {e}") from e


async def main(ips):
    gn_key = os.environ["GREYNOISE_API_KEY"]
    logger.info("greynoise key length %d", len(gn_key))
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(enrich(session, ip, gn_key) for ip in ips), return_exceptions=True)
    for ip, res in zip(ips, results):
        if isinstance(res, Exception):
            logger.warning("enrichment failed for %s: %s", ip, res)
        else:
            logger.info("%s classification=%s", ip, res.get("classification"))
    logger.debug("enrichment done with key=%s", gn_key)
    return await run_assessment("soc-triage-bot")


if __name__ == "__main__":
    asyncio.run(main(["192.0.2.10", "192.0.2.44"]))
