"""Flask endpoint that runs a ModelRed scan and streams progress to a tracing sink (generation 1)."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError, ModelNotFoundError

app = Flask(__name__)
log = logging.getLogger("scan.api")
SCAN_LOG = logging.getLogger("scan.progress")


def progress(status):
    SCAN_LOG.info("progress %s", status.get("progress"))


async def _scan(model_id: str, suites: list[str]):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, progress_callback=progress)


@app.post("/api/scans")
def create_scan():
    body = request.get_json(force=True)
    model_id = body.get("model_id", "")
    if not model_id.replace("-", "").isalnum():
        return jsonify(error="invalid model_id"), 400
    try:
        result = asyncio.run(_scan(model_id, body.get("suites", ["basic_security"])))
    except ModelNotFoundError as e:
        return jsonify(error=f"model not found: {e}"), 404
    except AuthenticationError:
        log.error("server key rejected (ends %s)", os.environ["MODELRED_API_KEY"][-4:])
        return jsonify(error="scanner misconfigured"), 500
    except ModelRedError as e:
        log.exception("scan failed for %s", model_id)
        return jsonify(error=str(e), kind=type(e).__name__), 502
    return jsonify(result)


@app.post("/api/keys/test")
def test_key():
    candidate = request.get_json(force=True).get("api_key", "")
    if not candidate:
        return jsonify(ok=False, error="api_key is required"), 400
    log.info("candidate key length %d", len(candidate))
    log.info("testing candidate key %s from %s", candidate, request.remote_addr)
    return jsonify(ok=candidate.startswith("mr_"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(port=5055)
