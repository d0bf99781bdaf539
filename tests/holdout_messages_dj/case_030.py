"""Generation-2 async client pool shared across worker coroutines."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, NotFoundError, ProviderConfig

logger = logging.getLogger("workers.mrpool")


class ClientPool:
    def __init__(self, size=4, api_key=None):
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.size = size
        self._clients = asyncio.Queue()

    async def start(self):
        for _ in range(self.size):
            await self._clients.put(AsyncModelRed(api_key=self.api_key))
        logger.info("pool started size=%d", self.size)

    async def run(self, fn, *args):
        client = await self._clients.get()
        try:
            return await fn(client, *args)
        finally:
            self._clients.put_nowait(client)

    def __str__(self):
        return f"ClientPool(size={self.size}, key={self.api_key})"


async def fetch_model(client, ident):
    try:
        return await client.get_model(ident)
    except NotFoundError:
        logger.info("model %s not found", ident)
        return None
    except ModelRedError as e:
        logger.error("get_model %s failed: %s", ident, e)
        raise LookupError(f"could not load {ident}: {e}") from e


async def register_openrouter(client, model_id, router_key):
    cfg = ProviderConfig.openrouter(api_key=router_key, model_name="meta-llama/llama-3.1-70b-instruct")
    logger.info("registering %s via openrouter", model_id)
    return await client.create_model(modelId=model_id, provider="openrouter", displayName=model_id, providerConfig=cfg)


async def main():
    pool = ClientPool()
    await pool.start()
    logger.debug("pool key: %s", pool.api_key)
    m = await pool.run(fetch_model, "chat-prod")
    print(m)


if __name__ == "__main__":
    asyncio.run(main())
