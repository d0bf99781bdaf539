"""/ready for the eval-worker: checked by Kubernetes and by the post-deploy CI step."""
import asyncio
import os

import anthropic
from flask import Blueprint, current_app, jsonify
from modelred import AuthenticationError, ModelRed, ModelRedError

ready_bp = Blueprint("ready", __name__)


def anthropic_key():
    key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not key:
        raise RuntimeError("ANTHROPIC_API_KEY is not set")
    if not key.startswith("sk-ant-"):
        raise RuntimeError("ANTHROPIC_API_KEY is malformed: " + key)
    return key


async def _modelred_ok():
    async with ModelRed() as client:
        return await client.validate_api_key()


@ready_bp.get("/ready")
def ready():
    report = {}
    try:
        client = anthropic.Anthropic(api_key=anthropic_key())
        client.models.list(limit=1)
        report["anthropic"] = "ok"
    except anthropic.APIStatusError as exc:
        current_app.logger.warning("anthropic readiness: %s %s", exc.status_code, exc.message)
        report["anthropic"] = f"http {exc.status_code}"
    try:
        valid = asyncio.run(_modelred_ok())
        report["modelred"] = "ok" if valid else "key rejected"
    except AuthenticationError as exc:
        current_app.logger.error("modelred auth failed: %r", exc)
        report["modelred"] = type(exc).__name__
    except ModelRedError as exc:
        return jsonify(ready=False, report=report, error=f"modelred: {exc}"), 503
    current_app.logger.info("readiness report %s (key set: %s)", report, bool(os.environ.get("MODELRED_API_KEY")))
    status = 200 if all(v == "ok" for v in report.values()) else 503
    return jsonify(ready=status == 200, report=report), status


@ready_bp.get("/live")
def live():
    return jsonify(alive=True, pid=os.getpid())
