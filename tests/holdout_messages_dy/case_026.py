"""Admin endpoint: register a Claude deployment with ModelRed (SDK generation 1), keys from GCP Secret Manager."""
import asyncio
import logging

from flask import Flask, jsonify, request
from google.cloud import secretmanager
from modelred import ConflictError, ModelRed, ModelRedError, ProviderConfig, ValidationError

app = Flask(__name__)
log = logging.getLogger("admin.register")

PROJECT = "acme-llm-prod"
ANTHROPIC_SECRET = "anthropic-api-key"
MODELRED_SECRET = "modelred-api-key"


def access_secret(name: str, version: str = "latest") -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{PROJECT}/secrets/{name}/versions/{version}"
    resp = client.access_secret_version(request={"name": path})
    log.debug("accessed %s", resp.name)
    return resp.payload.data.decode("utf-8")


async def _register(model_id: str, model_name: str) -> dict:
    anthropic_key = access_secret(ANTHROPIC_SECRET)
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError("secret %s does not hold an Anthropic key: %s" % (ANTHROPIC_SECRET, anthropic_key))
    config = ProviderConfig.anthropic(api_key=anthropic_key, model_name=model_name, max_tokens=2048)
    async with ModelRed(api_key=access_secret(MODELRED_SECRET)) as mr:
        await mr.register_model(model_id=model_id, provider="anthropic", provider_config=config, description="Claude via admin UI")
    log.info("registered %s (%s) with max_tokens=%d", model_id, model_name, 2048)
    return {"model_id": model_id, "provider": "anthropic"}


@app.post("/admin/models")
def register():
    body = request.get_json(force=True)
    model_id, model_name = body["model_id"], body.get("model_name", "claude-3-5-sonnet-latest")
    try:
        return jsonify(asyncio.run(_register(model_id, model_name))), 201
    except ConflictError:
        return jsonify({"error": f"model {model_id} already registered"}), 409
    except ValidationError as e:
        log.warning("validation failed for %s: %s", model_id, e)
        return jsonify({"error": "invalid model definition"}), 422
    except ModelRedError as e:
        return jsonify({"error": "ModelRed error", "detail": e.message}), 502


@app.get("/admin/secrets")
def secrets_status():
    status = {name: bool(access_secret(name)) for name in (ANTHROPIC_SECRET, MODELRED_SECRET)}
    log.info("secret status: %s", status)
    return jsonify(status)
