"""Ride-hailing support bot: register the OpenAI and Azure models it uses with ModelRed (gen 1)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, ValidationError

reg_log = logging.getLogger("ridesupport.register")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://rides-eu.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "support-gpt4o")
AZURE_KEY_VAR = "AZURE_OPENAI_API_KEY"


async def register_all():
    openai_key = os.environ["OPENAI_API_KEY"]
    azure_key = os.environ.get(AZURE_KEY_VAR)
    reg_log.info("azure endpoint=%s deployment=%s key var=%s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, AZURE_KEY_VAR)
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id="support-openai", api_key=openai_key, model_name="gpt-4o-mini")
        except ConflictError:
            reg_log.info("support-openai already registered")
        except ValidationError as exc:
            reg_log.error("openai registration invalid for key %s: %s", openai_key, exc)
        if azure_key is None:
            reg_log.warning("%s not set, skipping Azure", AZURE_KEY_VAR)
            return
        try:
            await client.register_azure_model(model_id="support-azure", api_key=azure_key, endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT)
        except ModelRedError as exc:
            reg_log.error("azure registration failed (%s)", type(exc).__name__)
            raise


def main():
    logging.basicConfig(level=logging.INFO)
    try:
        asyncio.run(register_all())
    except ModelRedError:
        reg_log.exception("registration aborted")
        raise SystemExit(1)
    reg_log.info("registration done")


if __name__ == "__main__":
    main()
