"""Flask blueprint that registers a model and runs a ModelRed (generation 1) scan."""
from __future__ import annotations

import asyncio
import functools
import logging
import os

from flask import Blueprint, jsonify, request
from modelred import AuthenticationError, ModelRed, ModelRedError, ValidationError

bp = Blueprint("scans", __name__, url_prefix="/scans")
log = logging.getLogger(__name__)

SUITES = ("basic_security", "content_safety")


def report_progress(model_id: str, pct: int, stage: str) -> None:
    log.info("scan of %s: %d%% (%s)", model_id, pct, stage)


async def _scan(model_id: str, openai_key: str) -> dict:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        return await client.run_assessment(
            model_id=model_id,
            test_suites=list(SUITES),
            wait_for_completion=True,
            timeout_minutes=30,
            progress_callback=functools.partial(report_progress, model_id),
        )


@bp.post("/<model_id>")
def scan(model_id: str):
    openai_key = request.json.get("openai_api_key", "")
    if not openai_key:
        return jsonify(error="openai_api_key is required"), 400
    log.debug("scan %s with caller's openai key %s", model_id, openai_key)
    try:
        result = asyncio.run(_scan(model_id, openai_key))
    except AuthenticationError as e:
        log.error("modelred auth: %s", e)
        return jsonify(error="scanner misconfigured"), 500
    except ValidationError as e:
        return jsonify(error=f"invalid scan request: {e}"), 400
    except ModelRedError as e:
        log.exception("scan failed for %s", model_id)
        return jsonify(error=type(e).__name__), 502
    return jsonify(score=result.get("overall_score"), id=result.get("assessment_id"))
