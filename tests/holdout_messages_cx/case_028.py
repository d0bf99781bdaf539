"""Register the group's fine-tuned crystallography captioner (served from a Hugging Face
Inference Endpoint) with ModelRed and start a scan."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, NotFoundError, ValidationError

log = logging.getLogger("xtal.register")

HF_ENDPOINT_MODEL = "xtal-lab/captioner-7b-v3"
MODEL_ID = "xtal-captioner-v3"


def provider_config(hf_token: str):
    cfg = ProviderConfig.huggingface(model_name=HF_ENDPOINT_MODEL, api_key=hf_token)
    log.info("provider config for %s: %s", HF_ENDPOINT_MODEL, cfg)
    return cfg


def register(mr: ModelRed, hf_token: str):
    try:
        mr.create_model(modelId=MODEL_ID, provider="huggingface", displayName="Crystallography captioner v3",
                        providerConfig=provider_config(hf_token))
        log.info("registered %s (%s)", MODEL_ID, HF_ENDPOINT_MODEL)
    except ValidationError as e:
        log.error("registration rejected: %s", e)


def scan(mr: ModelRed):
    try:
        mr.get_model(MODEL_ID)
    except NotFoundError:
        log.error("%s not registered", MODEL_ID)
        return None
    job = mr.create_assessment(model=MODEL_ID, test_types=["prompt_injection", "data_leakage"], priority="normal")
    log.info("assessment %s started", job["id"])
    return job


def main():
    logging.basicConfig(level=logging.INFO)
    hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if hf_token is None:
        raise SystemExit("set HF_TOKEN or HUGGINGFACE_API_TOKEN")
    if not hf_token.startswith("hf_"):
        log.warning("HF token %s does not start with hf_", hf_token)
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    register(mr, hf_token)
    try:
        scan(mr)
    except ModelRedError as e:
        log.error("scan failed: %s (%s)", type(e).__name__, getattr(e, "status_code", "?"))


if __name__ == "__main__":
    main()
