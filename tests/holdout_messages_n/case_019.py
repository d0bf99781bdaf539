"""Pyramid views for the model registry (generation-2 ModelRed client)."""
import logging
import os

from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.view import view_config
from modelred import ModelRedClient, ConflictError, ModelRedError

log = logging.getLogger(__name__)


def _client(request) -> ModelRedClient:
    return ModelRedClient(api_key=request.registry.settings["modelred.api_key"])


@view_config(route_name="register", request_method="POST", renderer="json")
def register(request):
    body = request.json_body
    provider_key = body.get("provider_api_key", "")
    log.info("register %s via %s (key %d chars)", body.get("model_id"), body.get("provider"), len(provider_key))
    try:
        _client(request).create_model(modelId=body["model_id"], provider=body["provider"],
                                      displayName=body.get("display_name", body["model_id"]),
                                      providerConfig={"api_key": provider_key, "model_name": body.get("model_name")})
    except ConflictError:
        request.response.status = 409
        return {"error": "a model with this id already exists"}
    except ModelRedError as e:
        log.error("create_model rejected provider key %s: %s", provider_key, e)
        return Response(json_body={"error": "registration failed", "reason": str(e)}, status=502)
    return {"ok": True, "model_id": body["model_id"]}


@view_config(route_name="health", renderer="json")
def health(request):
    key = request.registry.settings.get("modelred.api_key", "")
    return {"configured": key.startswith("mr_"), "key_prefix": key[:3]}


def main(global_config, **settings):
    settings.setdefault("modelred.api_key", os.environ.get("MODELRED_API_KEY", ""))
    log.debug("pyramid settings keys: %s", sorted(settings))
    with Configurator(settings=settings) as config:
        config.add_route("register", "/models")
        config.add_route("health", "/health")
        config.scan()
        return config.make_wsgi_app()
