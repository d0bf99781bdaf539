"""Internal rotation API (FastAPI, async) wrapping ModelRed gen 1 for the security portal."""
import logging
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, ModelNotFoundError, SubscriptionLimitError

api = FastAPI()
portal_log = logging.getLogger("portal.rotation")


class RegisterAzure(BaseModel):
    model_id: str
    endpoint: str
    deployment: str
    api_version: str = "2024-06-01"


def azure_key() -> str:
    from azure.identity import DefaultAzureCredential
    from azure.keyvault.secrets import SecretClient
    kv = SecretClient(os.environ["KEY_VAULT_URL"], DefaultAzureCredential())
    return kv.get_secret("azure-openai-key").value


@api.post("/models/azure")
async def register_azure(body: RegisterAzure):
    key = azure_key()
    portal_log.info("registering %s -> %s/%s", body.model_id, body.endpoint, body.deployment)
    async with ModelRed() as client:
        try:
            await client.register_azure_model(
                model_id=body.model_id, api_key=key, endpoint=body.endpoint,
                deployment_name=body.deployment, api_version=body.api_version,
            )
        except SubscriptionLimitError as exc:
            raise HTTPException(status_code=402, detail=f"ModelRed plan limit: {exc}")
        except ModelRedError as exc:
            portal_log.error("azure registration failed: %s", exc)
            raise HTTPException(status_code=502, detail="registration failed")
    return {"model_id": body.model_id, "registered": True}


@api.get("/models/{model_id}")
async def model_info(model_id: str):
    async with ModelRed() as client:
        try:
            return await client.get_model(model_id)
        except ModelNotFoundError:
            raise HTTPException(status_code=404, detail=f"{model_id} is not registered")
        except ModelRedError as exc:
            return {"model_id": model_id, "error": str(exc)}
