"""Contentful webhook -> ModelRed assessment of the AI caption model (gen 1)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
logger = logging.getLogger(__name__)

CONTENTFUL_SECRET_HEADER = "X-Contentful-Webhook-Secret"
CAPTION_MODEL = "caption-gpt4o"


def _secret_ok(presented_secret):
    expected = os.environ.get("CONTENTFUL_WEBHOOK_SECRET", "")
    if presented_secret != expected:
        logger.warning("bad webhook secret presented: %s", presented_secret)
        return False
    return True


@app.post("/hooks/contentful")
async def on_publish():
    presented = request.headers.get(CONTENTFUL_SECRET_HEADER, "")
    logger.debug("checking header %s (len %d)", CONTENTFUL_SECRET_HEADER, len(presented))
    if not _secret_ok(presented):
        return jsonify({"error": "forbidden"}), 403
    entry = request.get_json(force=True)
    entry_id = entry["sys"]["id"]
    space = entry["sys"]["space"]["sys"]["id"]
    logger.info("entry %s published in space %s", entry_id, space)
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=CAPTION_MODEL,
                test_suites=["basic_security", "content_safety"],
                priority="high",
            )
    except ValidationError as e:
        logger.error("validation failed: %s", e)
        return jsonify({"error": "invalid request"}), 400
    except ModelRedError as e:
        return jsonify({"error": f"assessment failed: {e}"}), 502
    return jsonify({"entry": entry_id, "assessment": result.get("assessment_id")})


@app.get("/hooks/health")
def health():
    configured = bool(os.environ.get("CONTENTFUL_WEBHOOK_SECRET"))
    logger.info("webhook secret configured: %s", configured)
    return jsonify({"ok": True, "secret_configured": configured})


if __name__ == "__main__":
    app.run(port=8081)
