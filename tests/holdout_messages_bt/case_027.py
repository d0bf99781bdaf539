"""Make.com custom app 'Test model' module backed by ModelRed (generation 1, Quart, async)."""
import logging

from quart import Quart, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError, ModelNotFoundError

app = Quart(__name__)
logger = logging.getLogger("make.modelred")

ALLOWED_SUITES = {"basic_security", "prompt_injection", "jailbreak", "toxicity"}


def _conn_key() -> str:
    return request.headers.get("Authorization", "").removeprefix("Bearer ").strip()


@app.post("/make/modules/test-model")
async def test_model():
    data = await request.get_json()
    api_key = _conn_key()
    model_id = data.get("modelId", "")
    suites = [s for s in data.get("suites", []) if s in ALLOWED_SUITES]
    logger.info("test-model %s suites=%s", model_id, suites)
    try:
        async with ModelRed(api_key=api_key) as client:
            status = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, timeout_minutes=20)
    except AuthenticationError:
        logger.warning("connection rejected by ModelRed: key=%s", api_key)
        return jsonify(message="Invalid ModelRed API key"), 401
    except ModelNotFoundError as e:
        return jsonify(message=f"Model not found: {e}"), 404
    except ModelRedError as e:
        logger.exception("assessment failed")
        return jsonify(message="Assessment failed", kind=type(e).__name__), 502
    return jsonify(score=status.get("overall_score"), status=status.get("status"))


@app.get("/make/connection")
async def connection():
    api_key = _conn_key()
    async with ModelRed(api_key=api_key) as client:
        try:
            ok = await client.validate_api_key()
        except ModelRedError as e:
            logger.info("validation error %s", getattr(e, "status_code", None))
            ok = False
    logger.info("connection check ok=%s key_len=%d", ok, len(api_key))
    return jsonify(valid=bool(ok))


if __name__ == "__main__":
    app.run(port=7070)
