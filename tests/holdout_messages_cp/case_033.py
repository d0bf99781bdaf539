"""Tornado 4-era handlers (still on Tornado, now 6) for the internal "AI review" tool.

Generation-2 async client; errors are written back with self.write like the rest of the app.
"""
import logging
import os

import tornado.web
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

app_log = logging.getLogger("tornado.application")


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.api_token = self.request.headers.get("X-Review-Token", "")
        app_log.debug("%s %s token present=%s", self.request.method, self.request.uri, bool(self.api_token))
        if self.api_token != self.settings["review_token"]:
            app_log.warning("bad X-Review-Token %s from %s", self.api_token, self.request.remote_ip)
            raise tornado.web.HTTPError(403)


class AssessmentHandler(BaseHandler):
    async def get(self, assessment_id):
        client = AsyncModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))
        try:
            a = await client.get_assessment(assessment_id)
        except NotFoundError:
            self.set_status(404)
            self.write({"error": "unknown assessment"})
            return
        except RateLimitError as e:
            app_log.warning("rate limited: %s", e)
            self.set_status(429)
            self.write({"error": "busy, retry later"})
            return
        except ModelRedError as e:
            self.set_status(502)
            self.write({"error": "ModelRed: {}".format(e)})
            return
        self.write({"id": assessment_id, "status": a.get("status"), "score": a.get("score")})


def make_app():
    return tornado.web.Application(
        [(r"/assessments/([A-Za-z0-9_-]+)", AssessmentHandler)],
        review_token=os.environ["REVIEW_TOKEN"],
        debug=False,
    )
