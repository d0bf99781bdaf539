"""status_server.py - tiny stdlib HTTP server the QA team runs next to the test rig.

GET /run?model=<id> starts a ModelRed assessment and shows the result as plain text.
"""
import logging
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

from modelred import ModelRed, APIError, NotAllowedForApiKey

log = logging.getLogger("qa-rig")
KEY = os.environ.get("MODELRED_API_KEY", "")


class Handler(BaseHTTPRequestHandler):
    def _send(self, code: int, text: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(text.encode())

    def do_GET(self):
        q = parse_qs(urlparse(self.path).query)
        model = (q.get("model") or [""])[0]
        if not model:
            return self._send(400, "missing ?model=")
        try:
            with ModelRed(KEY) as mr:
                a = mr.create_assessment(model_id=model, probe_pack_ids=["smoke"])
        except NotAllowedForApiKey:
            return self._send(403, "this key may not start runs")
        except APIError as e:
            log.error("run for %s failed: %s", model, e)
            self.send_response(502)
            self.end_headers()
            self.wfile.write(f"run failed: {e}".encode())
            return
        return self._send(200, f"started {a['id']}")

    def log_message(self, fmt, *args):
        log.info("%s - %s", self.address_string(), fmt % args)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("qa rig on :8088, key configured=%s", bool(KEY))
    HTTPServer(("0.0.0.0", 8088), Handler).serve_forever()
