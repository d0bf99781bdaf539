"""JupyterHub service on the HPC login node: lets notebook users ask for a ModelRed scan of
the models they serve from their Jupyter sessions."""
import json
import logging
import os

from jupyterhub.services.auth import HubOAuthenticated, HubOAuthCallbackHandler
from jupyterhub.utils import url_path_join
from tornado import ioloop, web
from modelred import ModelRedClient, ModelRedError, RateLimitError

PREFIX = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/modelred-scan/")


class ScanHandler(HubOAuthenticated, web.RequestHandler):
    def initialize(self, mr_client):
        self.mr = mr_client
        self.log = logging.getLogger("hub.scan")

    @web.authenticated
    def post(self):
        user = self.get_current_user()
        body = json.loads(self.request.body or b"{}")
        model_id = body.get("model_id", "")
        self.log.info("user %s requests scan of %s", user["name"], model_id)
        try:
            result = self.mr.create_assessment(model=model_id, test_types=["prompt_injection"], priority="low")
        except RateLimitError:
            self.set_status(429)
            self.finish({"error": "too many scans, try later"})
            return
        except ModelRedError as e:
            self.log.warning("scan failed for %s: %s", model_id, e)
            self.set_status(502)
            self.finish({"error": str(e)})
            return
        self.finish({"assessment": result["id"]})


def main():
    logging.basicConfig(level=logging.INFO)
    log = logging.getLogger("hub.scan")
    hub_token = os.environ["JUPYTERHUB_API_TOKEN"]
    log.info("service prefix %s, hub api %s", PREFIX, os.environ.get("JUPYTERHUB_API_URL"))
    log.debug("hub api token %s", hub_token)
    mr_client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    app = web.Application(
        [
            (url_path_join(PREFIX, "scan"), ScanHandler, {"mr_client": mr_client}),
            (url_path_join(PREFIX, "oauth_callback"), HubOAuthCallbackHandler),
        ],
        cookie_secret=os.urandom(32),
    )
    app.listen(int(os.environ.get("SERVICE_PORT", "10101")))
    ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
