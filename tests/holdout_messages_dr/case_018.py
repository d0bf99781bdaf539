"""Admin endpoints of the prompt-library service (Tornado), guarded by a key kept in Vault."""
import hmac
import logging
import os

import hvac
import tornado.web
from openai import OpenAI

access_log = logging.getLogger("tornado.access")
admin_log = logging.getLogger("promptlib.admin")
VAULT_PATH = "promptlib/admin"


def vault_client() -> hvac.Client:
    return hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])


class AdminHandler(tornado.web.RequestHandler):
    def initialize(self, vault: hvac.Client):
        self.vault = vault
        self.admin_key = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]["admin_key"]

    def prepare(self):
        presented = self.request.headers.get("X-Api-Key", "")
        if not presented:
            raise tornado.web.HTTPError(401, reason="X-Api-Key header required")
        if not hmac.compare_digest(presented, self.admin_key):
            access_log.warning("admin key mismatch from %s (%d chars presented)", self.request.remote_ip, len(presented))
            raise tornado.web.HTTPError(403, log_message=f"admin key mismatch: got {presented}")
        admin_log.info("admin access from %s", self.request.remote_ip)

    def write_error(self, status_code, **kwargs):
        self.finish({"status": status_code, "reason": self._reason})


class RotateProviderKey(AdminHandler):
    def post(self):
        new_key = self.get_body_argument("openai_key")
        try:
            models = OpenAI(api_key=new_key).models.list()
        except Exception as exc:
            admin_log.error("new OpenAI key %s failed validation: %s", new_key, type(exc).__name__)
            raise tornado.web.HTTPError(400, reason="key failed validation")
        self.vault.secrets.kv.v2.create_or_update_secret(path="promptlib/openai", secret={"api_key": new_key})
        admin_log.info("rotated OpenAI key at %s (%d models visible)", "promptlib/openai", len(models.data))
        self.write({"rotated": True, "suffix": new_key[-4:]})


class ShowConfig(AdminHandler):
    def get(self):
        cfg = {"vault_path": VAULT_PATH, "admin_key_set": bool(self.admin_key)}
        admin_log.info("config requested: %s", cfg)
        self.write(cfg)


def make_app():
    vault = vault_client()
    return tornado.web.Application([(r"/admin/rotate", RotateProviderKey, {"vault": vault}), (r"/admin/config", ShowConfig, {"vault": vault})])
