"""Generation-1 style registration of the submittal reviewer models."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, ValidationError

reg_log = logging.getLogger("submittals.register")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://contoso-aoai.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "submittal-gpt4o")


async def register_all(azure_key: str, hf_token: str):
    async with ModelRed() as client:
        try:
            await client.register_azure_model(
                model_id="submittal-reviewer-azure",
                api_key=azure_key,
                endpoint=AZURE_ENDPOINT,
                deployment_name=AZURE_DEPLOYMENT,
            )
            reg_log.info("registered azure deployment %s at %s", AZURE_DEPLOYMENT, AZURE_ENDPOINT)
        except ConflictError:
            reg_log.info("azure model already registered")
        except ValidationError as exc:
            raise ValueError(f"azure registration rejected (key {azure_key}): {type(exc).__name__}") from exc
        try:
            await client.register_huggingface_model(
                model_id="submittal-reviewer-hf", model_name="mistralai/Mistral-7B-Instruct-v0.3", api_key=hf_token)
        except ModelRedError as exc:
            reg_log.warning("hf registration failed: %s", exc)


def main():
    azure_key = os.environ.get("AZURE_OPENAI_API_KEY")
    hf_token = os.environ.get("HF_TOKEN")
    if not azure_key or not hf_token:
        missing = [n for n, v in (("AZURE_OPENAI_API_KEY", azure_key), ("HF_TOKEN", hf_token)) if not v]
        raise SystemExit(f"missing environment: {', '.join(missing)}")
    reg_log.info("hf token ends %s, azure key len %d", hf_token[-4:], len(azure_key))
    asyncio.run(register_all(azure_key, hf_token))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
