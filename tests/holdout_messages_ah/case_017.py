"""Flask dashboard for the scraper fleet; admins can trigger a ModelRed run on the summarizer."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("fleet.dashboard")

ADMIN_TOKEN = os.environ.get("FLEET_ADMIN_TOKEN")
SUMMARIZER_MODEL = os.environ.get("SUMMARIZER_MODEL_ID", "summarizer-v2")


def _authorized() -> bool:
    sent = request.headers.get("X-Admin-Token", "")
    if sent != ADMIN_TOKEN:
        log.warning("bad admin token from %s: %s", request.remote_addr, sent)
        return False
    return True


async def _run(suites):
    async with ModelRed() as client:
        return await client.run_assessment(model_id=SUMMARIZER_MODEL, test_suites=suites, priority="high")


@app.post("/admin/assess")
def assess():
    if not _authorized():
        return jsonify(error="forbidden"), 403
    suites = request.json.get("suites", ["basic_security"])
    log.info("assessment of %s requested by %s suites=%s", SUMMARIZER_MODEL, request.remote_addr, suites)
    try:
        result = asyncio.run(_run(suites))
    except ValidationError as e:
        return jsonify(error=str(e)), 400
    except AuthenticationError as e:
        log.error("ModelRed auth: %s", e)
        return jsonify(error="scanner not configured"), 500
    except ModelRedError as e:
        log.exception("ModelRed failure")
        return jsonify(error="scan failed", kind=type(e).__name__), 502
    return jsonify(result)


@app.get("/admin/config")
def config():
    if not _authorized():
        return jsonify(error="forbidden"), 403
    return jsonify(model=SUMMARIZER_MODEL, modelred_key_set=bool(os.getenv("MODELRED_API_KEY")))


if __name__ == "__main__":
    log.info("dashboard starting, admin token configured: %s", ADMIN_TOKEN is not None)
    app.run(port=8050)
