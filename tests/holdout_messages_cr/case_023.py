"""MRO reliability dashboard backend: ModelRed gen 1 model registration for the component-failure predictor."""
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

log = logging.getLogger("mro.reliability")

MODEL_ID = "component-mtbur-predictor"
HF_MODEL = "example-air/mtbur-llama-8b"


async def register_predictor():
    hf_token = os.getenv("HF_TOKEN", "")
    log.info("registering %s from %s (token set: %s)", MODEL_ID, HF_MODEL, bool(hf_token))
    async with ModelRed() as client:
        try:
            await client.register_huggingface_model(model_id=MODEL_ID, model_name=HF_MODEL, api_key=hf_token)
        except ConflictError:
            log.info("%s already registered", MODEL_ID)
            return "exists"
        except ValidationError as e:
            raise ValueError(f"HF token {hf_token} rejected for {HF_MODEL}") from e
    return "registered"


async def status_for_ui(assessment_id: str) -> dict:
    async with ModelRed() as client:
        try:
            st = await client.get_assessment_status(assessment_id)
        except ModelRedError as e:
            log.error("status lookup %s failed: %s", assessment_id, e)
            return {"assessment": assessment_id, "error": str(e)}
    return {"assessment": assessment_id, "status": st.get("status"), "progress": st.get("progress")}


async def sagemaker_variant():
    access_id = os.getenv("AWS_ACCESS_KEY_ID")
    secret = os.getenv("AWS_SECRET_ACCESS_KEY")
    log.info("sagemaker register with access key id %s...", (access_id or "")[:4])
    async with ModelRed() as client:
        await client.register_sagemaker_model(
            model_id=MODEL_ID + "-sm",
            endpoint_name="mtbur-endpoint",
            aws_access_key_id=access_id,
            aws_secret_access_key=secret,
            region="eu-west-1",
        )
    print("registered sagemaker variant with secret", secret)
