"""Call-summary microservice for the contact centre; a red-team endpoint runs on the staging key (gen 3)."""
import logging

from flask import Flask, jsonify, request

from modelred import ModelRed, APIError, RateLimited, Unauthorized

app = Flask(__name__)
log = logging.getLogger("summary.redteam")

STAGING_MODELRED_KEY = "mr_mg5INKcuOtS1Eqrv5qSUa3TeBl30IB9XyliyykHU"
STAGING_ORG = "northwind-cc-staging"
SUMMARY_PACKS = ["pp_pii_leak", "pp_prompt_injection", "pp_hallucination"]
MAX_TOKENS = 256


def _client() -> ModelRed:
    return ModelRed(STAGING_MODELRED_KEY, timeout=15.0, max_retries=1)


@app.post("/redteam")
def redteam():
    model_id = request.json.get("model_id", "cc-summary-staging")
    log.info("red-team %s in org %s (summary max_tokens=%d)", model_id, STAGING_ORG, MAX_TOKENS)
    try:
        with _client() as mr:
            run = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=SUMMARY_PACKS)
    except Unauthorized as e:
        log.error("staging key rejected: %s", e)
        raise RuntimeError(f"staging ModelRed key {STAGING_MODELRED_KEY} was rejected") from e
    except RateLimited as e:
        return jsonify(error="rate limited", retry_after=e.retry_after), 429
    except APIError as e:
        return jsonify(error=f"ModelRed: {e}"), 502
    return jsonify(assessment_id=run["id"], packs=SUMMARY_PACKS)


@app.get("/redteam/<assessment_id>")
def redteam_status(assessment_id):
    try:
        with _client() as mr:
            a = mr.get_assessment(assessment_id)
    except APIError as e:
        log.warning("status %s failed (%s)", assessment_id, e.status_code)
        return jsonify(error="lookup failed"), 502
    return jsonify(status=a["status"], score=a.get("score"))


@app.get("/healthz")
def healthz():
    log.debug("healthz using key %s for %s", STAGING_MODELRED_KEY, STAGING_ORG)
    return jsonify(ok=True, org=STAGING_ORG, packs=len(SUMMARY_PACKS))
