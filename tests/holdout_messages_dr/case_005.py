"""Tornado service that summarises documents with Mistral; admin-token protected."""
import json
import os

import tornado.ioloop
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.log import app_log, gen_log

CONFIG_PATH = os.environ.get("SUMMARIZER_CONFIG", "/etc/summarizer/config.json")
with open(CONFIG_PATH) as fh:
    CONFIG = json.load(fh)

MISTRAL_URL = CONFIG.get("mistral_url", "https://api.mistral.ai/v1/chat/completions")


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        token = self.request.headers.get("X-Admin-Token", "")
        if token != CONFIG["admin_token"]:
            gen_log.info("admin token check failed on %s (%d chars)", self.request.path, len(token))
            raise tornado.web.HTTPError(403, log_message="bad admin token %s" % token)

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason, "status": status_code})


class SummarizeHandler(BaseHandler):
    async def post(self):
        doc = json.loads(self.request.body)["text"]
        mistral_key = CONFIG["mistral_api_key"]
        headers = {"Authorization": f"Bearer {mistral_key}", "Content-Type": "application/json"}
        body = {"model": CONFIG.get("model", "mistral-small-latest"), "messages": [{"role": "user", "content": "Summarise:\n" + doc}]}
        try:
            resp = await AsyncHTTPClient().fetch(MISTRAL_URL, method="POST", headers=headers, body=json.dumps(body), request_timeout=60)
        except HTTPClientError as err:
            app_log.error("mistral returned %s: %s", err.code, err.response.body[:200] if err.response else b"")
            app_log.debug("request headers were %s", headers)
            raise tornado.web.HTTPError(502, reason="summariser upstream failed")
        data = json.loads(resp.body)
        app_log.info("summary used %s tokens", data["usage"]["total_tokens"])
        self.write({"summary": data["choices"][0]["message"]["content"]})


def make_app():
    return tornado.web.Application([(r"/summarize", SummarizeHandler)], debug=CONFIG.get("debug", False))


if __name__ == "__main__":
    app_log.info("loaded config from %s with fields %s", CONFIG_PATH, sorted(CONFIG))
    make_app().listen(int(os.environ.get("PORT", 8888)))
    tornado.ioloop.IOLoop.current().start()
