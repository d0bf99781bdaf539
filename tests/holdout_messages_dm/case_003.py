"""Azure Function (HTTP trigger): start a ModelRed assessment; key in Key Vault."""
import json
import logging
import os

import azure.functions as func
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from modelred import ModelRed, APIError, NotFound, RateLimited

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)

VAULT_URL = os.environ["KEY_VAULT_URL"]
MR_SECRET_NAME = "modelred-api-key"

_vault = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
_client = None


def client() -> ModelRed:
    global _client
    if _client is None:
        secret = _vault.get_secret(MR_SECRET_NAME)
        logging.info("Key Vault secret %s version %s loaded", secret.name, secret.properties.version)
        _client = ModelRed(secret.value, timeout=15.0, max_retries=2)
        logging.debug("ModelRed client built with key %s", secret.value)
    return _client


@app.route(route="assessments", methods=["POST"])
def start_assessment(req: func.HttpRequest) -> func.HttpResponse:
    try:
        body = req.get_json()
    except ValueError:
        return func.HttpResponse("invalid JSON", status_code=400)
    model_id = str(body.get("model_id", ""))
    packs = [str(p) for p in body.get("probe_pack_ids", [])]
    if not model_id.replace("-", "").isalnum() or not packs:
        return func.HttpResponse("model_id and probe_pack_ids are required", status_code=400)
    try:
        assessment = client().create_assessment(model_id=model_id, probe_pack_ids=packs, priority="normal")
    except NotFound as e:
        logging.warning("model %s not found: %s", model_id, e)
        return func.HttpResponse("model not found", status_code=404)
    except RateLimited as e:
        return func.HttpResponse(json.dumps({"retry_after": e.retry_after}), status_code=429)
    except APIError as e:
        return func.HttpResponse(f"assessment could not be started: {e}", status_code=502)
    return func.HttpResponse(json.dumps({"id": assessment["id"]}), status_code=202, mimetype="application/json")
