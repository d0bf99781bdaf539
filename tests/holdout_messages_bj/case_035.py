"""azure_lab.py - register my Azure OpenAI deployment (free credits) with ModelRed; run once."""
import asyncio
import logging
import os

from modelred import *  # noqa: F401,F403  (lazy, it's a one-off)

logging.basicConfig(level=logging.DEBUG)
plog = logging.getLogger("azure-lab")

AZURE_KEY = os.environ["AZURE_OPENAI_API_KEY"]
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://my-lab.openai.azure.com")
DEPLOYMENT = "gpt4o-mini-lab"
API_VERSION = "2024-06-01"

plog.debug("endpoint=%s deployment=%s api_version=%s", AZURE_ENDPOINT, DEPLOYMENT, API_VERSION)
plog.debug("azure key=%s", AZURE_KEY)


async def main():
    async with ModelRed() as client:
        ok = await client.validate_api_key()
        plog.info("modelred key valid: %s", bool(ok))
        try:
            await client.register_azure_model(
                model_id="azure-lab-4o-mini",
                api_key=AZURE_KEY,
                endpoint=AZURE_ENDPOINT,
                deployment_name=DEPLOYMENT,
                api_version=API_VERSION,
            )
        except ValidationError as e:
            return f"azure model rejected: {e}"
        except ModelRedError as e:
            plog.error("register failed: %r", e)
            return "failed"
    return "ok"


if __name__ == "__main__":
    print(asyncio.run(main()))
