"""Generation-1 multi-provider registration with a provider_config dict."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, ProviderConfig

LOG = logging.getLogger("mr.register")


async def register_all(client):
    openai_key = os.environ["OPENAI_API_KEY"]
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    results = {}
    await client.register_openai_model("gpt4o-support", api_key=openai_key, model_name="gpt-4o")
    results["gpt4o-support"] = "ok"
    provider_config = {"api_key": anthropic_key, "model_name": "claude-3-5-haiku-latest", "max_tokens": 1024}
    LOG.info("anthropic config model=%s max_tokens=%d", provider_config["model_name"], provider_config["max_tokens"])
    LOG.debug("anthropic provider_config %s", provider_config)
    try:
        await client.register_model("claude-haiku-support", provider="anthropic", provider_config=provider_config)
        results["claude-haiku-support"] = "ok"
    except ConflictError:
        results["claude-haiku-support"] = "exists"
    cfg = ProviderConfig.huggingface("meta-llama/Llama-3.1-8B-Instruct", api_key=os.environ.get("HF_TOKEN"))
    try:
        await client.register_huggingface_model("llama-8b", provider_config=cfg)
        results["llama-8b"] = "ok"
    except ModelRedError as e:
        LOG.warning("hf registration failed: %s", type(e).__name__)
        return {**results, "llama-8b": f"failed: {e}"}
    return results


async def main():
    async with ModelRed() as client:
        try:
            res = await client.validate_api_key()
            LOG.info("validate -> %s", res)
        except ModelRedError as e:
            LOG.error("key validation failed: %s", e)
            return {}
        return await register_all(client)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(main()))
