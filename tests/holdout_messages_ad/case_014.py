"""Jupyter server extension: a /modelred/scan endpoint for the lab sidebar."""
import json
import os

import tornado
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from modelred import AsyncModelRed, ModelRedError, ConflictError


class ScanHandler(APIHandler):
    @property
    def mr_key(self):
        return self.settings.get("modelred_api_key") or os.environ.get("MODELRED_API_KEY", "")

    @tornado.web.authenticated
    async def post(self):
        body = self.get_json_body() or {}
        model = body.get("model", "")
        self.log.info("scan requested for %s by %s", model, self.current_user)
        if not self.mr_key:
            self.set_status(503)
            self.finish(json.dumps({"error": "ModelRed key not configured"}))
            return
        self.log.debug("using ModelRed key %s", self.mr_key)
        try:
            client = AsyncModelRed(api_key=self.mr_key)
            job = await client.create_assessment(model=model, test_types=["prompt_injection"])
        except ConflictError:
            self.set_status(409)
            self.finish(json.dumps({"error": "a scan is already running"}))
            return
        except ModelRedError as e:
            self.log.error("scan failed: %r", e)
            self.set_status(502)
            self.finish(json.dumps({"error": str(e)}))
            return
        self.finish(json.dumps({"assessment_id": job["id"]}))


def _load_jupyter_server_extension(server_app):
    web_app = server_app.web_app
    route = url_path_join(web_app.settings["base_url"], "modelred", "scan")
    web_app.add_handlers(".*$", [(route, ScanHandler)])
    server_app.log.info("modelred extension loaded at %s", route)
    cfg_key = server_app.config.get("ModelRedExtension", {}).get("api_key")
    if cfg_key:
        web_app.settings["modelred_api_key"] = cfg_key
        server_app.log.info("ModelRed key taken from config, hint %s", cfg_key[-4:])
        server_app.log.debug(f"config api_key={cfg_key}")


def _jupyter_server_extension_points():
    return [{"module": "jupyter_modelred"}]
