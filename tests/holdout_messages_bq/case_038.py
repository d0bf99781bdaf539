"""Tornado handler: user-supplied provider keys for "bring your own embeddings" search."""
import json
import logging

import tornado.web
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

app_log = logging.getLogger("tornado.application")
access_log = logging.getLogger("byok.access")


class ByokHandler(tornado.web.RequestHandler):
    def initialize(self, store, mr_key: str):
        self.store = store
        self.mr = ModelRed(api_key=mr_key)

    def post(self, workspace_id: str):
        body = json.loads(self.request.body)
        provider = body.get("provider", "openai")
        provider_key = body["api_key"]
        access_log.info("byok update ws=%s provider=%s", workspace_id, provider)
        access_log.debug("byok body %s", body)
        if provider == "openrouter":
            cfg = ProviderConfig.openrouter(api_key=provider_key, model_name=body.get("model", "openai/text-embedding-3-small"))
        else:
            cfg = ProviderConfig.openai(api_key=provider_key, model_name=body.get("model", "text-embedding-3-small"))
        try:
            self.mr.create_model(modelId=f"byok-{workspace_id}", provider=provider, displayName=f"BYOK {workspace_id}", providerConfig=cfg)
        except ValidationError as e:
            self.set_status(400)
            self.finish({"error": str(e)})
            return
        except ModelRedError as e:
            app_log.error("create_model failed for %s: %s", workspace_id, e)
            self.set_status(502)
            self.finish({"error": "could not register model"})
            return
        self.store.save(workspace_id, provider, provider_key)
        access_log.info("byok model %s saved", body.get("model", "default"))
        app_log.info("saved key for %s ending %s", workspace_id, provider_key[-4:])
        self.finish({"ok": True})

    def delete(self, workspace_id: str):
        old = self.store.pop(workspace_id)
        if old is None:
            raise tornado.web.HTTPError(404, "no key for workspace %s", workspace_id)
        app_log.warning("deleted key %s for %s", old.api_key, workspace_id)
        self.set_status(204)
