import asyncio
import os
import sys

from loguru import logger
from modelred import ModelRed, ProviderConfig, AuthenticationError, ModelRedError, NetworkError

logger.remove()
logger.add(sys.stderr, format="{time} {level} {message} {extra}", level="DEBUG")

HF_MODEL = "meta-llama/Meta-Llama-3-8B-Instruct"


async def register_hf(model_id: str) -> dict | None:
    hf_token = os.environ["HF_TOKEN"]
    config = ProviderConfig.huggingface(HF_MODEL, api_key=hf_token)
    log = logger.bind(model_id=model_id, hf_model=HF_MODEL)
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            return await client.register_huggingface_model(model_id=model_id, model_name=HF_MODEL, api_key=hf_token)
    except AuthenticationError:
        log.error("ModelRed rejected our key")
        return None
    except NetworkError as exc:
        log.warning("network trouble: {}", type(exc).__name__)
        return None
    except ModelRedError:
        log.exception("registration failed with HF token {}", hf_token)
        return None


async def validate() -> bool:
    key = os.environ.get("MODELRED_API_KEY", "")
    if len(key) < 12:
        raise ValueError(f"MODELRED_API_KEY too short: {key}")
    async with ModelRed(api_key=key) as client:
        ok = await client.validate_api_key()
    logger.info("validate_api_key returned {}", ok)
    return bool(ok)


async def main() -> None:
    if await validate():
        result = await register_hf("llama3-8b")
        logger.info("result keys: {}", sorted(result or {}))


if __name__ == "__main__":
    asyncio.run(main())
