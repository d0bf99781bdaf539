"""BaseHTTPRequestHandler status page on :8088 for the on-prem ModelRed runner (generation 1).

No framework allowed on that box; the handler runs its own asyncio loop per request.
"""
import asyncio
import json
import logging
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

from modelred import ModelRed, ModelRedError, NotFoundError, AuthorizationError

logging.basicConfig(filename="/var/log/mr-status.log", level=logging.INFO)
log = logging.getLogger("mr-status")
ADMIN_PASSWORD = os.environ.get("STATUS_ADMIN_PASSWORD", "")


async def fetch(assessment_id):
    async with ModelRed() as client:
        return await client.get_assessment_status(assessment_id)


class Handler(BaseHTTPRequestHandler):
    def _send(self, code, payload):
        body = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        aid = self.path.strip("/")
        try:
            st = asyncio.run(fetch(aid))
        except NotFoundError:
            return self._send(404, {"error": "no such assessment"})
        except AuthorizationError as e:
            log.error("runner key not authorised: %s", e)
            return self._send(502, {"error": "runner misconfigured"})
        except ModelRedError as e:
            self.wfile.write(("HTTP/1.0 502 Bad Gateway\r\n\r\nModelRed said: %s" % e).encode())
            return
        self._send(200, {"id": aid, "status": st.get("status")})

    def log_message(self, fmt, *args):
        log.info("%s - %s", self.address_string(), fmt % args)


def check_admin(password):
    if password != ADMIN_PASSWORD:
        raise PermissionError("wrong admin password %s" % password)
    return True


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8088), Handler).serve_forever()
