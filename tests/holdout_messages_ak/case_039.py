"""Greenhouse controller: a small local web UI on plain http.server with a safety-scan button."""
import json
import logging
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

from modelred import ModelRed, ModelRedError, TierRestrictedError

log = logging.getLogger("greenhouse.ui")
MODEL_ID = "greenhouse-assistant"
MR_KEY_FILE = "/etc/greenhouse/modelred.key"


def load_key() -> str:
    with open(MR_KEY_FILE) as fh:
        return fh.read().strip()


class Handler(BaseHTTPRequestHandler):
    def _json(self, code: int, obj: dict) -> None:
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt: str, *args) -> None:
        log.info("%s - %s", self.address_string(), fmt % args)

    def do_POST(self) -> None:
        if self.path != "/safety-scan":
            return self._json(404, {"error": "not found"})
        try:
            async_result = _scan()
        except TierRestrictedError as e:
            log.info("tier restricted: %s", e)
            return self._json(403, {"error": "your plan does not include scans"})
        except ModelRedError as e:
            return self._json(502, {"error": "scan failed", "reason": repr(e)})
        self._json(200, async_result)


def _scan() -> dict:
    import asyncio

    async def go():
        async with ModelRed(api_key=load_key()) as client:
            return await client.run_assessment(model_id=MODEL_ID, test_suites=["basic_security"])

    return asyncio.run(go())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = load_key()
    log.info("key file %s read (%d chars, prefix ok: %s)", MR_KEY_FILE, len(key), key.startswith("mr_"))
    if len(key) < 12:
        raise ValueError(f"key in {MR_KEY_FILE} too short: {key}")
    HTTPServer(("0.0.0.0", 8099), Handler).serve_forever()
