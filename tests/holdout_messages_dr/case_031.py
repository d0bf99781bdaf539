"""Tornado health and validation endpoints for the ModelRed integration (SDK 0.1.0x)."""
import logging
import os

import tornado.ioloop
import tornado.web

from modelred import AuthenticationError, ModelRed, ModelRedError, NetworkError

log = logging.getLogger("mr.health")


class ValidateKeyHandler(tornado.web.RequestHandler):
    async def get(self):
        try:
            async with ModelRed() as client:
                ok = await client.validate_api_key()
        except NetworkError as e:
            log.warning("network error talking to ModelRed: %s", e)
            raise tornado.web.HTTPError(503, log_message="modelred unreachable: %s" % type(e).__name__)
        except ModelRedError as e:
            raise tornado.web.HTTPError(502, reason=str(e))
        log.info("validate_api_key returned %s", ok)
        self.write({"valid": ok})


class SuitesHandler(tornado.web.RequestHandler):
    async def get(self):
        async with ModelRed(api_key=self.settings["modelred_api_key"]) as client:
            try:
                suites = await client.get_test_suites()
            except AuthenticationError:
                log.error("ModelRed rejected key %s", self.settings["modelred_api_key"])
                raise tornado.web.HTTPError(502, reason="ModelRed authentication failed")
        log.info("%d test suites available", len(suites))
        self.write({"suites": suites})


def make_app():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        log.error("MODELRED_API_KEY not set (value %r)", key)
    return tornado.web.Application(
        [(r"/modelred/validate", ValidateKeyHandler), (r"/modelred/suites", SuitesHandler)],
        modelred_api_key=key,
        debug=False,
    )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    make_app().listen(int(os.environ.get("PORT", "8899")))
    tornado.ioloop.IOLoop.current().start()
