"""Gen 2 ModelRed scan of an OpenRouter-backed news-sentiment model (async, asyncio.gather)."""
import asyncio
import logging
import os

import modelred as mr

LOGGER = logging.getLogger("sentiment.scan")

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
MODELS = ["sentiment-fast", "sentiment-deep"]


async def ensure_model(client, model_id: str):
    cfg = mr.ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model="meta-llama/llama-3.1-70b-instruct", max_tokens=200)
    try:
        await client.create_model(modelId=model_id, provider="openrouter", displayName=model_id, providerConfig=cfg)
        LOGGER.info("created %s (max_tokens=200)", model_id)
    except mr.ConflictError:
        LOGGER.info("%s already exists", model_id)


async def scan(client, model_id: str):
    try:
        job = await client.create_assessment(model=model_id, test_types=["toxicity", "hallucination"])
        return model_id, await client.wait_for_completion(job["id"])
    except mr.ModelRedError as e:
        LOGGER.error("scan %s failed: %r", model_id, e)
        return model_id, None


async def main():
    async with mr.AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        for m in MODELS:
            await ensure_model(client, m)
        results = await asyncio.gather(*(scan(client, m) for m in MODELS))
    for model_id, res in results:
        LOGGER.info("%s -> %s", model_id, res and res.get("status"))
    return dict(results)


def run_cli():
    logging.basicConfig(level=logging.INFO)
    LOGGER.info("openrouter key length %d", len(OPENROUTER_KEY))
    try:
        return asyncio.run(main())
    except KeyError as exc:
        LOGGER.error("missing setting %s", exc)
    except Exception:
        LOGGER.exception("unexpected failure, openrouter key=%s", OPENROUTER_KEY)
        raise


if __name__ == "__main__":
    run_cli()
