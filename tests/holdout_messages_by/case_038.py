"""Gen 2 async client: nightly scan of each tenant's fine-tuned model, results billed as add-on."""
import asyncio
import logging
import os

from modelred import AsyncModelRedClient, ProviderConfig, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("nightly-addon")


async def ensure_model(client: AsyncModelRedClient, tenant: dict) -> str:
    mid = f"{tenant['slug']}-ft"
    try:
        await client.get_model(mid)
    except NotFoundError:
        cfg = ProviderConfig.openai(api_key=tenant["openai_key"], model_name=tenant["ft_model"])
        logger.info("registering %s (model %s)", mid, tenant["ft_model"])
        await client.create_model(modelId=mid, provider="openai", displayName=tenant["name"], providerConfig=cfg)
    return mid


async def scan_tenant(client: AsyncModelRedClient, tenant: dict) -> dict:
    try:
        mid = await ensure_model(client, tenant)
        run = await client.create_assessment(model=mid, test_types=["jailbreak", "toxicity"], priority="low")
        result = await client.wait_for_completion(run["id"], timeout=1800)
        return {"tenant": tenant["slug"], "score": result["score"]}
    except RateLimitError:
        await asyncio.sleep(60)
        return {"tenant": tenant["slug"], "retry": True}
    except ModelRedError as exc:
        logger.error("scan failed for %s: %s", tenant["slug"], exc)
        return {"tenant": tenant["slug"], "error": repr(exc)}


async def main(tenants: list[dict]) -> None:
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRedClient(api_key=key) as client:
        results = await asyncio.gather(*(scan_tenant(client, t) for t in tenants))
    for r in results:
        logger.info("result %s", r)
    broken = [t for t in tenants if not t["openai_key"].startswith("sk-")]
    for t in broken:
        logger.warning("tenant %s has malformed OpenAI key %s", t["slug"], t["openai_key"])
    logger.info("scanned %d tenants (%d keys look malformed)", len(results), len(broken))
