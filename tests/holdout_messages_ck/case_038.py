"""Hugging Face-hosted skills extractor for job ads; gen 1 ModelRed registration."""
import logging
import os

from huggingface_hub import InferenceClient
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

logger = logging.getLogger("skills")

HF_MODEL = "acme/skills-ner-v3"


def hf_client() -> InferenceClient:
    token = os.getenv("HF_TOKEN") or os.getenv("HUGGINGFACE_API_TOKEN")
    logger.info("hf model %s, token set: %s", HF_MODEL, token is not None)
    return InferenceClient(model=HF_MODEL, token=token)


def extract(ad_text: str) -> list:
    client = hf_client()
    ents = client.token_classification(ad_text)
    logger.info("%d entities, token classification task", len(ents))
    return sorted({e["word"] for e in ents if e["entity_group"] == "SKILL"})


async def register(hf_token: str) -> str:
    async with ModelRed() as mr:
        try:
            cfg = ProviderConfig.huggingface(HF_MODEL, api_key=hf_token)
            await mr.register_model(model_id="skills-ner", provider="huggingface", provider_config=cfg)
        except ValidationError as exc:
            raise ValueError(f"ModelRed rejected the registration: {exc}") from exc
        except ModelRedError as exc:
            logger.error("registration error %s (status %s)", type(exc).__name__, getattr(exc, "status_code", "?"))
            raise RuntimeError("registration failed") from exc
    return "skills-ner"


def check_token(hf_token: str) -> None:
    if not hf_token.startswith("hf_"):
        logger.warning("HF token %s lacks the hf_ prefix", hf_token)
