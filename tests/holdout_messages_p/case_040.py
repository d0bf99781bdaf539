"""Health and readiness endpoints of the inference gateway (generation 3 SDK probe)."""
from __future__ import annotations

import logging
import os
import sys
import time

from flask import Flask, jsonify
from modelred import ModelRed, APIError, Unauthorized, ServerError

app = Flask(__name__)
log = logging.getLogger("gateway.health")
_STARTED = time.time()


def _modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if key and len(key) < 12:
        sys.stderr.write(f"MODELRED_API_KEY too short to be valid: {key}\n")
    return key


@app.get("/healthz")
def healthz():
    return jsonify(ok=True, uptime=round(time.time() - _STARTED))


@app.get("/readyz")
def readyz():
    key = _modelred_key()
    if not key:
        return jsonify(ready=False, reason="MODELRED_API_KEY not configured"), 503
    try:
        with ModelRed(key, timeout=3.0, max_retries=0) as mr:
            mr.list_models()
    except Unauthorized:
        log.error("readiness: ModelRed key rejected (...%s)", key[-4:])
        return jsonify(ready=False, reason="modelred credentials rejected"), 503
    except ServerError as e:
        log.warning("readiness: ModelRed %s", e)
        return jsonify(ready=False, reason="modelred unavailable"), 503
    except APIError as e:
        return jsonify(ready=False, reason=f"modelred: {e}"), 503
    return jsonify(ready=True)
