"""Flask webhook receiving TradingView alerts; ModelRed gen 1 guards the LLM order parser."""
import asyncio
import hmac
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
access_log = logging.getLogger("tv.access")

WEBHOOK_SECRET = os.environ["TV_WEBHOOK_SECRET"]
PARSER_MODEL = "order-parser"


@app.post("/tv/alert")
def alert():
    payload = request.get_json(force=True)
    passphrase = payload.get("passphrase", "")
    if not hmac.compare_digest(passphrase, WEBHOOK_SECRET):
        access_log.warning("bad passphrase %r from %s", passphrase, request.remote_addr)
        return jsonify(error="forbidden"), 403
    access_log.info("alert %s %s from %s", payload.get("ticker"), payload.get("action"), request.remote_addr)
    clean = {k: v for k, v in payload.items() if k != "passphrase"}
    access_log.debug("alert body %s", clean)
    return jsonify(ok=True, received=clean)


async def _scan():
    async with ModelRed() as client:
        return await client.run_assessment(model_id=PARSER_MODEL, test_suites=["prompt_injection"])


@app.post("/tv/scan")
def scan():
    try:
        result = asyncio.run(_scan())
    except ValidationError as e:
        return jsonify(error=f"invalid scan request: {e}"), 400
    except ModelRedError as e:
        access_log.error("scan failed: %s", e)
        return jsonify(error="scan failed"), 502
    return jsonify(result)


@app.get("/tv/health")
def health():
    return jsonify(secret_configured=bool(WEBHOOK_SECRET), parser=PARSER_MODEL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(port=8088)
