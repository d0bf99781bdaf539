"""Hotel chatbot admin: register provider models with ModelRed (generation 1) per brand."""
import asyncio
import logging
import os

import yaml
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

log = logging.getLogger("brands")

BRANDS_FILE = os.getenv("BRANDS_FILE", "brands.yaml")


def load_brands():
    with open(BRANDS_FILE) as fh:
        brands = yaml.safe_load(fh)["brands"]
    log.info("brands: %s", [b["slug"] for b in brands])
    return brands


async def register_brand(client, brand):
    provider_key = os.environ.get(brand["key_env"])
    if provider_key is None:
        log.warning("brand %s: %s not set", brand["slug"], brand["key_env"])
        return False
    try:
        if brand["provider"] == "openai":
            await client.register_openai_model(model_id=f"{brand['slug']}-bot", api_key=provider_key, model_name=brand.get("model", "gpt-4o-mini"))
        else:
            await client.register_anthropic_model(model_id=f"{brand['slug']}-bot", api_key=provider_key, model_name=brand.get("model", "claude-3-5-haiku-latest"))
    except ConflictError:
        log.info("brand %s already registered", brand["slug"])
    except ValidationError as e:
        log.error("brand %s rejected (%s), key %s", brand["slug"], e, provider_key)
        return False
    return True


async def main():
    brands = load_brands()
    try:
        async with ModelRed() as client:
            results = await asyncio.gather(*(register_brand(client, b) for b in brands))
            for b, ok in zip(brands, results):
                if ok:
                    await client.run_assessment(model_id=f"{b['slug']}-bot", test_suites=["basic_security"], priority="low")
    except ModelRedError as e:
        log.error("ModelRed failed: %s", type(e).__name__)
        raise RuntimeError("brand onboarding aborted") from e
    log.info("%d of %d brands registered", sum(results), len(brands))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
