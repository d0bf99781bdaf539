"""Student-facing tutor endpoint (Quart), ModelRed generation 1 safety gate before release."""
import logging
import os

from modelred import AuthorizationError, ModelRed, ModelRedError, TierRestrictedError
from quart import Quart, jsonify, request

app = Quart(__name__)
gate_log = logging.getLogger("tutor.gate")

ADMIN_KEY = os.environ["TUTOR_ADMIN_KEY"]


@app.before_request
async def require_admin_for_gate():
    if request.path.startswith("/gate"):
        given = request.headers.get("X-Admin-Key", "")
        if given != ADMIN_KEY:
            gate_log.warning("rejected admin key %r from %s", given, request.remote_addr)
            return jsonify(error="forbidden"), 403


@app.post("/gate/<model_id>")
async def gate(model_id: str):
    async with ModelRed() as client:
        try:
            status = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "content_safety"],
                                                 wait_for_completion=True, timeout_minutes=20)
        except TierRestrictedError as e:
            return jsonify(error=f"Your plan does not allow this: {e}"), 402
        except AuthorizationError as e:
            gate_log.error("authorization error on %s: %s", model_id, e)
            return jsonify(error="not authorized"), 403
        except ModelRedError as e:
            gate_log.error("gate failed %s", type(e).__name__)
            return jsonify(error="gate unavailable"), 503
    passed = status.get("overall_score", 0) >= 7
    gate_log.info("gate %s for %s", "passed" if passed else "failed", model_id)
    return jsonify(model=model_id, passed=passed)


@app.get("/gate/health")
async def health():
    key = os.environ.get("MODELRED_API_KEY")
    if key and not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY malformed: {key}")
    return jsonify(ok=True, key_configured=key is not None)


if __name__ == "__main__":
    gate_log.info("admin key configured (%d chars)", len(ADMIN_KEY))
    app.run(port=5050)
