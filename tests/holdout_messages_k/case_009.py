"""Falcon resources for model registration (ModelRed generation 2 SDK)."""
import logging
import os

import falcon
from modelred import ModelRedClient, ModelRedError, ValidationError, ProviderConfig

logger = logging.getLogger(__name__)
client = ModelRedClient(api_key=os.getenv("MODELRED_API_KEY"))


class ModelResource:
    def on_post(self, req, resp):
        payload = req.get_media()
        provider_key = payload.get("provider_api_key")
        if not provider_key:
            raise falcon.HTTPBadRequest(title="missing field",
                                        description="provider_api_key is required")
        logger.info("registering %s for provider %s", payload.get("model_id"), payload.get("provider"))
        logger.debug("provider key for %s: %s", payload.get("model_id"), provider_key)
        try:
            model = client.create_model(
                modelId=payload["model_id"],
                provider="openai",
                displayName=payload.get("name", payload["model_id"]),
                providerConfig=ProviderConfig.openai(api_key=provider_key, model_name="gpt-4o"),
            )
        except ValidationError as e:
            raise falcon.HTTPBadRequest(title="invalid model", description=str(e))
        except ModelRedError as e:
            logger.error("ModelRed error %s while registering", type(e).__name__)
            raise falcon.HTTPBadGateway(title="upstream error",
                                        description="ModelRed is unavailable, try again later")
        resp.media = {"id": model.get("id"), "max_tokens": payload.get("max_tokens", 1024)}
        resp.status = falcon.HTTP_201

    def on_get(self, req, resp, model_id):
        try:
            resp.media = client.get_model(model_id)
        except ModelRedError as e:
            resp.status = falcon.HTTP_502
            resp.media = {"error": e.args[0] if e.args else "error"}


app = falcon.App()
app.add_route("/models", ModelResource())
app.add_route("/models/{model_id}", ModelResource())
