"""CherryPy service that lets QA trigger assessments (generation 1 SDK, async under the hood)."""
import asyncio
import logging
import os

import cherrypy
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger("qa_trigger")


async def _run(model_id: str, suites: list[str]) -> dict:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites)


class Trigger:
    def __init__(self, shared_secret: str):
        self.shared_secret = shared_secret

    def _check(self):
        given = cherrypy.request.headers.get("X-QA-Secret", "")
        if given != self.shared_secret:
            log.warning("bad X-QA-Secret %r (expected %d chars)", given, len(self.shared_secret))
            raise cherrypy.HTTPError(401, "unauthorised")

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def run(self, model_id: str, suites: str = "basic_security"):
        self._check()
        try:
            result = asyncio.run(_run(model_id, suites.split(",")))
        except AuthenticationError:
            log.error("ModelRed key rejected")
            raise cherrypy.HTTPError(503, "service misconfigured")
        except QuotaExceededError as err:
            log.info("quota: %s", err)
            raise cherrypy.HTTPError(429, "quota exceeded")
        except ModelRedError as err:
            raise cherrypy.HTTPError(502, f"ModelRed: {err}")
        return {"assessment_id": result.get("assessment_id"), "status": result.get("status")}


if __name__ == "__main__":
    secret = os.environ["QA_TRIGGER_SECRET"]
    log.info("qa trigger starting, secret fingerprint %s", hash(secret) & 0xFFFF)
    cherrypy.quickstart(Trigger(secret), "/", {"/": {"tools.response_headers.on": True}})
