"""One-off: register BioGPT (HF Inference Endpoint) with ModelRed and start the first scan."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, QuotaExceededError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("biogpt-onboard")

ENDPOINT_MODEL = "microsoft/BioGPT-Large-PubMedQA"
MODEL_ID = "biogpt-pubmedqa"
HF_TOKEN_ENV = "HF_TOKEN"


async def onboard(hf_token: str, suites: list[str]) -> str:
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        if not await client.validate_api_key():
            raise RuntimeError("MODELRED_API_KEY was not accepted")
        try:
            await client.register_huggingface_model(
                model_id=MODEL_ID,
                model_name=ENDPOINT_MODEL,
                api_key=hf_token,
                task="text-generation",
            )
        except ValidationError as exc:
            raise RuntimeError(f"registration rejected for token {hf_token}: {type(exc).__name__}") from exc
        log.info("registered %s -> %s", MODEL_ID, ENDPOINT_MODEL)
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=suites, wait_for_completion=True, timeout_minutes=90)
        except QuotaExceededError as exc:
            log.warning("quota exceeded: %s", exc)
            return "quota"
        except ModelRedError as exc:
            log.error("assessment failed: %s", type(exc).__name__)
            return "failed"
        log.info("assessment %s: score %s", result.assessment_id, result.overall_score)
        return result.assessment_id


def main() -> None:
    token = os.environ.get(HF_TOKEN_ENV, "")
    log.info("using HF token from $%s (%s)", HF_TOKEN_ENV, "set" if token else "missing")
    if token and not token.startswith("hf_"):
        log.warning("HF token %s does not start with hf_", token)
    print(asyncio.run(onboard(token, ["basic_security", "medical_misinformation"])))


if __name__ == "__main__":
    main()
