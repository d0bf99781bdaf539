"""Flask portal where group members queue ModelRed assessments of their fine-tunes (generation 1 SDK)."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)
PORTAL_TOKENS = dict(line.split(":", 1) for line in os.environ.get("PORTAL_TOKENS", "").split() if ":" in line)


def _member() -> str | None:
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ").strip()
    for member, t in PORTAL_TOKENS.items():
        if t == token:
            return member
    app.logger.warning("no member for bearer %s (header length %d)", token, len(auth))
    return None


async def _queue(model_id: str, suites: list[str]) -> dict:
    async with ModelRed() as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")


@app.post("/assessments")
def create():
    member = _member()
    if member is None:
        return jsonify({"error": "unauthorised"}), 401
    data = request.get_json(force=True)
    app.logger.info("%s queues %s with suites %s", member, data.get("model_id"), data.get("suites"))
    try:
        res = asyncio.run(_queue(data["model_id"], data.get("suites", ["basic_security"])))
    except QuotaExceededError as e:
        app.logger.warning("quota exceeded: %s", type(e).__name__)
        return jsonify({"error": "the lab's quota is used up this month"}), 429
    except ValidationError as e:
        return jsonify({"error": str(e)}), 400
    except ModelRedError as e:
        app.logger.exception("run_assessment failed: %s", e)
        return jsonify({"error": "assessment could not be queued"}), 502
    return jsonify({"assessment_id": res.get("assessment_id"), "member": member})


@app.get("/config")
def config():
    return jsonify({
        "members": sorted(PORTAL_TOKENS),
        "modelred_key_set": "MODELRED_API_KEY" in os.environ,
    })


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5050)
