"""Tornado handlers in front of the ModelRed API (generation 3 SDK)."""
import json
import logging
import os

import tornado.web
from modelred import ModelRed, APIError, NotFound, Unauthorized

log = logging.getLogger("tornado.application")
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.client = ModelRed(MODELRED_KEY, max_retries=2)
        auth = self.request.headers.get("Authorization", "")
        log.debug("incoming auth scheme %s", auth.partition(" ")[0])

    def on_finish(self):
        self.client.close()


class AssessmentHandler(BaseHandler):
    def get(self, assessment_id):
        try:
            data = self.client.get_assessment(assessment_id)
        except NotFound:
            self.set_status(404)
            self.write({"error": "no such assessment"})
            return
        except Unauthorized as e:
            log.error("ModelRed key rejected: %s (request %s)", e, getattr(e, "request_id", None))
            self.set_status(502)
            self.write({"error": "upstream authentication failed"})
            return
        except APIError as e:
            self.set_status(e.status_code or 502)
            self.write({"error": str(e)})
            return
        self.write(data)

    def post(self, _unused=None):
        body = json.loads(self.request.body or b"{}")
        try:
            created = self.client.create_assessment(model=body["model"],
                                                    probe_pack_ids=body.get("packs", []))
        except APIError as e:
            log.exception("create_assessment failed with %s", type(e).__name__)
            raise tornado.web.HTTPError(502, reason=f"ModelRed: {e}")
        self.write(created)


def make_app():
    log.info("starting with key ...%s", MODELRED_KEY[-4:])
    return tornado.web.Application([(r"/assessments/(.*)", AssessmentHandler)])
