"""Flask blueprint for model registration (ModelRed SDK generation 2)."""
import logging
import os

from flask import Blueprint, flash, jsonify, redirect, request, url_for
from modelred import ConflictError, ModelRedClient, ModelRedError, ProviderConfig

bp = Blueprint("models", __name__, url_prefix="/models")
log = logging.getLogger("webapp.models")

ALLOWED_PROVIDERS = {"openai", "anthropic", "openrouter"}


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


def _provider_config(provider: str, provider_key: str, model_name: str):
    builders = {"openai": ProviderConfig.openai, "anthropic": ProviderConfig.anthropic, "openrouter": ProviderConfig.openrouter}
    return builders[provider](api_key=provider_key, model_name=model_name)


@bp.post("/")
def register():
    provider = request.form.get("provider", "")
    if provider not in ALLOWED_PROVIDERS:
        return jsonify({"error": f"unsupported provider {provider!r}"}), 400
    provider_key = request.form["provider_key"]
    model_slug = request.form["model_slug"]
    log.info("registering %s via %s (key supplied: %s)", model_slug, provider, bool(provider_key))
    try:
        _client().create_model(modelId=model_slug, provider=provider, displayName=request.form.get("display_name", model_slug), providerConfig=_provider_config(provider, provider_key, request.form["model_name"]))
    except ConflictError:
        flash(f"A model called {model_slug} already exists.")
        return redirect(url_for("models.index"))
    except ModelRedError as e:
        log.error("create_model %s failed: %s", model_slug, e)
        flash(str(e))
        return redirect(url_for("models.index"))
    return redirect(url_for("models.detail", slug=model_slug))


@bp.get("/<slug>")
def detail(slug: str):
    try:
        model = _client().get_model(model_identifier=slug)
    except ModelRedError as e:
        log.warning("get_model(%s): %s", slug, e)
        return f"Could not load {slug}: {e}", 502
    return jsonify({"slug": slug, "provider": model.get("provider"), "status": model.get("status")})


@bp.get("/")
def index():
    return jsonify({"providers": sorted(ALLOWED_PROVIDERS)})
