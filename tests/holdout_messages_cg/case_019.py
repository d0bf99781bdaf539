"""JupyterHub service: hands out per-user LLM keys to lab notebooks and proxies ModelRed audits."""
import json
import os

from jupyterhub.services.auth import HubOAuthenticated
from tornado import web
from tornado.ioloop import IOLoop
from modelred import ModelRed, ModelRedError, AuthenticationError

KEYS_PATH = os.environ.get("LABKEYS_PATH", "/srv/labkeys/keys.json")
SERVICE_PREFIX = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/labkeys/")


def user_keys() -> dict:
    with open(KEYS_PATH, encoding="utf-8") as fh:
        return json.load(fh)


class KeyHandler(HubOAuthenticated, web.RequestHandler):
    @web.authenticated
    def get(self):
        user = self.get_current_user()["name"]
        entry = user_keys().get(user)
        if entry is None:
            self.log.warning("no key provisioned for %s (file %s)", user, KEYS_PATH)
            raise web.HTTPError(404)
        self.log.info("issuing key to %s: %s", user, entry["openai_key"])
        self.log.info("issued quota %s tokens to %s", entry.get("token_quota"), user)
        self.finish({"openai_key": entry["openai_key"], "quota": entry.get("token_quota")})


class AuditHandler(HubOAuthenticated, web.RequestHandler):
    @web.authenticated
    async def post(self):
        body = json.loads(self.request.body)
        try:
            async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
                res = await mr.run_assessment(model_id=body["model_id"], test_suites=body["suites"])
        except AuthenticationError as e:
            self.log.error("hub's ModelRed key rejected: %s", e)
            self.set_status(502)
            self.finish({"error": "audit backend misconfigured"})
        except ModelRedError as e:
            self.set_status(400)
            self.finish({"error": str(e)})
        else:
            self.finish({"assessment_id": res.get("assessment_id")})


def main():
    app = web.Application([
        (SERVICE_PREFIX + "key", KeyHandler),
        (SERVICE_PREFIX + "audit", AuditHandler),
    ], cookie_secret=os.urandom(32))
    app.listen(int(os.environ.get("LABKEYS_PORT", "10101")))
    IOLoop.current().start()


if __name__ == "__main__":
    main()
