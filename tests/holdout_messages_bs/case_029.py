"""ModelRed gen 1 helper used by the captioning team to register Azure and HF models."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError, AuthenticationError

logger = logging.getLogger("captions.modelred")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://captions-eu.openai.azure.com")
AZURE_DEPLOYMENT = "gpt4o-captions"
HF_MODEL = "openai/whisper-large-v3"


async def register_all():
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    hf_token = os.environ["HF_TOKEN"]
    logger.info("azure endpoint %s deployment %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT)
    async with ModelRed() as client:
        try:
            await client.register_azure_model(model_id="captions-azure", api_key=azure_key, endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT)
        except ValidationError:
            logger.error("azure registration rejected, key=%s endpoint=%s", azure_key, AZURE_ENDPOINT)
            raise
        cfg = ProviderConfig.huggingface(HF_MODEL, api_key=hf_token)
        try:
            await client.register_model("captions-hf", provider="huggingface", provider_config=cfg)
        except ModelRedError as e:
            logger.warning("hf registration failed: %s", type(e).__name__)
            raise RuntimeError(f"could not register {HF_MODEL} on huggingface") from e


async def status_for_ui(assessment_id):
    try:
        async with ModelRed() as client:
            return await client.get_assessment_status(assessment_id)
    except AuthenticationError:
        return {"status": "error", "message": "ModelRed credentials invalid"}
    except ModelRedError as e:
        return {"status": "error", "message": str(e)}


async def check():
    async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
        ok = await client.validate_api_key()
    logger.info("modelred key valid: %s", ok)
    return ok
