import os
import logging
import asyncio

from modelred import ModelRed, ProviderConfig, ModelRedError, QuotaExceededError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("cruise-bot-onboarding")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "cruise-gpt4o")
azure_key = os.environ["AZURE_OPENAI_API_KEY"]
hf_token = os.getenv("HF_TOKEN")


async def onboard():
    log.info("registering cruise excursion bot on %s / %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT)
    async with ModelRed() as client:
        try:
            await client.register_azure_model(
                model_id="cruise-excursions",
                api_key=azure_key,
                endpoint=AZURE_ENDPOINT,
                deployment_name=AZURE_DEPLOYMENT,
                api_version="2024-06-01",
            )
        except QuotaExceededError:
            log.error("model quota reached")
            return
        except ModelRedError as e:
            log.error("azure registration failed: %s; key used %s", e, azure_key)
            return
        if hf_token:
            cfg = ProviderConfig.huggingface("meta-llama/Llama-3.1-8B-Instruct", api_key=hf_token)
            await client.register_model(model_id="cruise-llama", provider="huggingface", provider_config=cfg)
            log.info("registered HF fallback, token prefix %s", hf_token[:3])
        result = await client.run_assessment(model_id="cruise-excursions", test_suites=["basic_security", "toxicity"], wait_for_completion=True)
        log.info("assessment finished: score %s", result.get("overall_score"))


if __name__ == "__main__":
    if hf_token and not hf_token.startswith("hf_"):
        raise SystemExit("HF_TOKEN has the wrong format")
    if len(azure_key) < 32:
        raise ValueError("AZURE_OPENAI_API_KEY looks truncated: " + azure_key)
    asyncio.run(onboard())
    print("HF token configured:", hf_token is not None)
