"""Flask app exposing assessment reports; generation 1 SDK through the module namespace."""
import asyncio
import logging
import traceback

import modelred
from flask import Flask, abort, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


async def _status(assessment_id: str) -> dict:
    async with modelred.ModelRed() as client:
        return await client.get_assessment_status(assessment_id)


@app.get("/reports/<assessment_id>")
def report(assessment_id: str):
    try:
        return jsonify(asyncio.run(_status(assessment_id)))
    except modelred.NotFoundError:
        abort(404)
    except modelred.AuthorizationError as exc:
        abort(403, description=str(exc))
    except modelred.ModelRedError:
        log.error("report %s failed:\n%s", assessment_id, traceback.format_exc())
        return "report unavailable", 502


@app.get("/reports/<assessment_id>/raw")
def report_raw(assessment_id: str):
    try:
        return jsonify(asyncio.run(_status(assessment_id)))
    except modelred.ServerError as exc:
        log.warning("server error %s", exc)
        return str(exc), 502
    except modelred.ModelRedError:
        return jsonify({"error": "failed", "trace": traceback.format_exc()}), 500


@app.get("/reports/<assessment_id>/safe")
def report_safe(assessment_id: str):
    try:
        return jsonify(asyncio.run(_status(assessment_id)))
    except modelred.RateLimitError as exc:
        log.info("rate limited: %s", exc)
        return jsonify({"error": "rate_limited", "retry_after": getattr(exc, "retry_after", None)}), 429
    except modelred.ModelRedError as exc:
        return jsonify({"error": type(exc).__name__}), 502
