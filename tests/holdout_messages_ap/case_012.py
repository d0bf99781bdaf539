"""Async enrichment of e-mail domains through Hunter.io, with a ModelRed check on the classifier."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("enrich.hunter")
HUNTER_URL = "https://api.hunter.io/v2/domain-search"


async def hunter_domain(session, domain, api_key):
    params = {"domain": domain, "api_key": api_key, "limit": 5}
    logger.debug("GET %s params=%s", HUNTER_URL, params)
    safe = {k: v for k, v in params.items() if k != "api_key"}
    logger.debug("GET %s params=%s", HUNTER_URL, safe)
    async with session.get(HUNTER_URL, params=params) as resp:
        if resp.status != 200:
            logger.warning("hunter %s -> HTTP %s: %s", domain, resp.status, await resp.text())
            return []
        body = await resp.json()
    emails = body["data"]["emails"]
    for e in emails:
        logger.info("hunter %s -> %s (confidence %s)", domain, e["value"], e["confidence"])
    return emails


async def classify_domains(domains):
    key = os.environ["HUNTER_API_KEY"]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        results = await asyncio.gather(*(hunter_domain(session, d, key) for d in domains))
    return dict(zip(domains, results))


async def vet_classifier(model_id="b2b-classifier"):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            status = await client.run_assessment(model_id=model_id, test_suites=["pii_extraction"], priority="low")
        except ModelRedError as e:
            return {"model": model_id, "error": f"{e}"}
    return {"model": model_id, "assessment": status.get("assessment_id")}


async def main():
    found = await classify_domains(["example.com", "example.org"])
    logger.info("enriched %d domains", len(found))
    result = await vet_classifier()
    print("classifier vetted:", "error" not in result)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
