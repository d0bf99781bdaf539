import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, ConflictError, ProviderConfig

# generation-2 async client, traced via a tiny hand-rolled span helper

log = logging.getLogger("spans")


class span:
    def __init__(self, name, **attrs):
        self.name, self.attrs = name, attrs

    async def __aenter__(self):
        log.info("span.start %s %s", self.name, self.attrs)
        return self

    async def __aexit__(self, et, ev, tb):
        log.info("span.end %s error=%s", self.name, et.__name__ if et else None)


async def onboard(model_id: str, hf_token: str, mr_key: str) -> str:
    async with span("onboard", model=model_id):
        client = AsyncModelRed(api_key=mr_key)
        cfg = ProviderConfig.huggingface(model_name="meta-llama/Llama-3.1-8B-Instruct", api_key=hf_token)
        log.info("hf token is set: %s", bool(hf_token))
        try:
            await client.create_model(modelId=model_id, provider="huggingface", displayName=model_id, providerConfig=cfg)
        except ConflictError:
            log.info("%s already exists", model_id)
        except ModelRedError as e:
            return f"onboarding failed: {e}"
        log.debug("scan span for %s with hf token %s", model_id, hf_token)
        async with span("scan", model=model_id):
            job = await client.create_assessment(model=model_id, test_types=["toxicity"])
        return job["id"]


async def main():
    hf = os.environ["HF_TOKEN"]
    mr = os.environ["MODELRED_API_KEY"]
    log.info("HF token length %d, ModelRed key prefix %s", len(hf), mr[:3])
    print(await onboard("llama-8b-support", hf, mr))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
