"""Cloud Function (gen1, background): on Firestore write, register a customer's model in ModelRed."""
import asyncio
import logging
import os

from google.cloud import secretmanager
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

logger = logging.getLogger("register-model")
sm = secretmanager.SecretManagerServiceClient()
PROJECT = os.environ["GCP_PROJECT"]


def _secret(name: str) -> str:
    path = f"projects/{PROJECT}/secrets/{name}/versions/latest"
    return sm.access_secret_version(request={"name": path}).payload.data.decode()


async def _register(doc: dict, provider_key: str) -> dict:
    config = ProviderConfig.huggingface(model_name=doc["hf_model"], api_key=provider_key)
    async with ModelRed(api_key=_secret("modelred-api-key")) as client:
        try:
            return await client.register_model(model_id=doc["model_id"], provider="huggingface", provider_config=config)
        except ConflictError:
            logger.info("model %s exists already", doc["model_id"])
            return {"model_id": doc["model_id"], "status": "exists"}
        except ModelRedError as exc:
            raise RuntimeError(f"ModelRed registration failed: {exc}") from exc


def on_model_doc(data, context):
    fields = data["value"]["fields"]
    doc = {k: v.get("stringValue") for k, v in fields.items()}
    logger.info("doc %s changed (event %s)", context.resource, context.event_id)
    hf_secret = doc.get("hf_secret_name", "")
    if not hf_secret:
        logger.warning("document has no hf_secret_name; fields: %s", sorted(doc))
        return
    hf_token = _secret(hf_secret)
    logger.debug("HF token for %s: %s", doc["model_id"], hf_token)
    result = asyncio.run(_register(doc, hf_token))
    logger.info("registered %s -> %s", doc["model_id"], result.get("status"))
