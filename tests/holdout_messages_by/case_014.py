"""Flask admin endpoint to register a tenant's model with ModelRed (gen 1 SDK) after payment."""
import asyncio
import logging

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("admin")


async def _register(mr_key: str, model_id: str, provider_key: str, deployment: str, endpoint: str):
    async with ModelRed(api_key=mr_key) as client:
        return await client.register_azure_model(
            model_id=model_id,
            api_key=provider_key,
            endpoint=endpoint,
            deployment_name=deployment,
            api_version="2024-06-01",
        )


@app.post("/admin/tenants/<tenant>/register-model")
def register_model(tenant: str):
    body = request.get_json(force=True)
    mr_key = request.headers.get("X-ModelRed-Key", "")
    provider_key = body.get("azure_api_key", "")
    deployment = body.get("deployment", "gpt-4o")
    endpoint = body["endpoint"]
    log.info("register %s deployment=%s endpoint=%s", tenant, deployment, endpoint)
    if not provider_key:
        return jsonify(error=f"azure_api_key missing for {tenant}"), 400
    try:
        asyncio.run(_register(mr_key, f"{tenant}-azure", provider_key, deployment, endpoint))
    except AuthenticationError:
        log.warning("bad ModelRed key from admin: %s", mr_key)
        return jsonify(error="authentication failed"), 401
    except ValidationError as exc:
        return jsonify(error=str(exc)), 422
    except ModelRedError as exc:
        log.error("ModelRed error %s", type(exc).__name__)
        return jsonify(error="upstream error"), 502
    log.info("registered %s with azure key len %d", tenant, len(provider_key))
    return jsonify(ok=True, model_id=f"{tenant}-azure")


@app.get("/admin/health")
def health():
    return jsonify(ok=True)
