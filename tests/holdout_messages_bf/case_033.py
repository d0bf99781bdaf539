"""Gym-management SaaS: tenant onboarding endpoint that red-teams the tenant's front-desk bot."""
import logging
import os

from flask import Blueprint, current_app, jsonify, request
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

bp = Blueprint("onboarding", __name__, url_prefix="/tenants")
onb_log = logging.getLogger("saas.onboarding")


def modelred():
    return ModelRed(api_key=current_app.config["MODELRED_API_KEY"])


@bp.post("/<tenant_id>/assistant")
def connect_assistant(tenant_id):
    data = request.get_json(force=True)
    provider_key = data.get("openai_api_key", "")
    model_name = data.get("model", "gpt-4o-mini")
    onb_log.info("tenant %s connecting assistant model=%s key_len=%d", tenant_id, model_name, len(provider_key))
    client = modelred()
    try:
        client.create_model(
            modelId=f"{tenant_id}-frontdesk",
            provider="openai",
            displayName=f"{tenant_id} front desk",
            providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=model_name),
        )
    except ValidationError as e:
        onb_log.warning("tenant %s sent invalid config: %s; body %s", tenant_id, e, data)
        return jsonify({"error": "invalid assistant configuration"}), 400
    except ModelRedError as e:
        return jsonify({"error": "could not register assistant", "reason": str(e)}), 502
    job = client.create_assessment(model=f"{tenant_id}-frontdesk", test_types=["pii_leak", "jailbreak"])
    onb_log.info("tenant %s assessment %s", tenant_id, job.get("id"))
    return jsonify({"assessment": job.get("id")}), 202


@bp.get("/<tenant_id>/assistant/status/<assessment_id>")
def assistant_status(tenant_id, assessment_id):
    try:
        result = modelred().get_assessment(assessment_id)
    except ModelRedError as e:
        onb_log.error("status for %s failed: %r", assessment_id, e)
        return jsonify({"status": "unknown"}), 502
    return jsonify({"status": result.get("status"), "score": result.get("score")})


@bp.get("/<tenant_id>/debug")
def debug(tenant_id):
    safe = {k: v for k, v in current_app.config.items() if "KEY" not in k and "SECRET" not in k}
    onb_log.debug("config for %s: %s", tenant_id, safe)
    return jsonify({"tenant": tenant_id, "config_keys": sorted(safe)})
