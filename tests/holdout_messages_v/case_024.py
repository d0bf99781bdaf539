"""Tornado handlers for the assessment dashboard (SDK generation 1)."""

import logging
import os

import tornado.web
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

log = logging.getLogger("dashboard")

COOKIE_SECRET = os.environ["DASHBOARD_COOKIE_SECRET"]


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class RunHandler(tornado.web.RequestHandler):
    async def post(self, model_id: str):
        suites = self.get_arguments("suite") or ["basic_security"]
        try:
            async with ModelRed() as client:
                result = await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")
        except QuotaExceededError:
            self.set_status(402)
            self.write({"error": "assessment quota reached"})
            return
        except AuthenticationError as exc:
            log.error("ModelRed auth failed: %r", exc)
            self.set_status(503)
            self.write({"error": "upstream authentication problem"})
            return
        except ModelRedError as exc:
            self.set_status(502)
            self.write({"error": "assessment failed", "detail": str(exc)})
            return
        self.write({"assessment_id": result.get("assessment_id")})


def make_app(debug: bool = False) -> tornado.web.Application:
    if len(COOKIE_SECRET) < 32:
        log.warning("cookie secret only %d chars long", len(COOKIE_SECRET))
    settings = {"cookie_secret": COOKIE_SECRET, "xsrf_cookies": True, "login_url": "/login", "debug": debug}
    if debug:
        log.debug("tornado settings: %s", settings)
        log.debug("tornado setting names: %s", ", ".join(settings))
    return tornado.web.Application([(r"/run/([\w-]+)", RunHandler)], **settings)
