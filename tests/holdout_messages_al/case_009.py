"""Benefits screener API (generation 1 ModelRed) used by the county's eligibility team."""
import logging
import os

from flask import Flask, jsonify
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

app = Flask(__name__)
log = logging.getLogger("screener.modelred")

MODEL_ID = "snap-screener-v3"
SUITES = ["base_security", "pii_protection", "bias_fairness"]
MODELRED_ENV = "MODELRED_API_KEY"


async def _run():
    async with ModelRed() as client:
        return await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES,
                                           priority="high", wait_for_completion=False)


@app.route("/eligibility/admin/assess", methods=["POST"])
async def assess():
    try:
        result = await _run()
    except AuthenticationError as e:
        log.error("ModelRed auth failed (%s set=%s): %r", MODELRED_ENV, MODELRED_ENV in os.environ, e)
        return jsonify(error="ModelRed authentication failed"), 502
    except QuotaExceededError as e:
        return jsonify(error="quota exceeded", kind=type(e).__name__), 429
    except ModelRedError as e:
        return jsonify(error=str(e)), 502
    log.info("assessment started: %s", result.get("assessment_id"))
    return jsonify(assessment_id=result.get("assessment_id"))


@app.route("/eligibility/admin/whoami")
def whoami():
    key = os.environ.get(MODELRED_ENV, "")
    log.info("whoami: modelred key %s...%s (%d chars)", key[:3], key[-4:], len(key))
    if not key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY does not look like a ModelRed key: {key}")
    return jsonify(prefix=key[:3])


if __name__ == "__main__":
    app.run(port=8081)
