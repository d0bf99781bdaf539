"""Tornado text classifier on Cohere, configured through tornado.options."""
import logging

import cohere
import tornado.escape
import tornado.ioloop
import tornado.web
from tornado.options import define, options, parse_command_line, parse_config_file

define("port", default=8890, type=int)
define("config", default="/etc/classifier.conf", type=str)
define("cohere_key", default="", type=str, help="Cohere API key")
define("cohere_model", default="embed-english-v3.0", type=str)
define("debug", default=False, type=bool)

svc_log = logging.getLogger("classifier")


class ClassifyHandler(tornado.web.RequestHandler):
    def initialize(self, co):
        self.co = co

    def post(self):
        body = tornado.escape.json_decode(self.request.body)
        try:
            res = self.co.classify(inputs=body["texts"], examples=body.get("examples", []), model=options.cohere_model)
        except cohere.errors.UnauthorizedError:
            svc_log.error("cohere 401 with key %s", options.cohere_key)
            raise tornado.web.HTTPError(502, reason="classifier upstream unauthorised")
        except cohere.errors.TooManyRequestsError as exc:
            svc_log.warning("cohere rate limited: %s", exc.status_code)
            raise tornado.web.HTTPError(503)
        self.write({"labels": [c.prediction for c in res.classifications]})


def main():
    parse_command_line()
    parse_config_file(options.config)
    if not options.cohere_key:
        raise ValueError(f"cohere_key missing from {options.config}: {options.cohere_key!r}")
    if len(options.cohere_key) != 40:
        svc_log.warning("cohere_key %s looks truncated", options.cohere_key)
    svc_log.info("port=%d model=%s debug=%s", options.port, options.cohere_model, options.debug)
    svc_log.info("options in effect: %s", {k: v for k, v in options.as_dict().items() if k != "cohere_key"})
    co = cohere.Client(api_key=options.cohere_key, timeout=30)
    app = tornado.web.Application([(r"/classify", ClassifyHandler, {"co": co})], debug=options.debug)
    app.listen(options.port)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
