"""Flask (async views) endpoint for the CX portal: register a feedback summariser with ModelRed (gen 1)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

app = Flask(__name__)
portal_log = logging.getLogger("cxportal.modelred")


@app.post("/api/summariser/register")
async def register_summariser():
    data = request.get_json(force=True)
    model_id = data.get("model_id", "feedback-summariser")
    openai_key = data.get("openai_api_key") or os.environ.get("OPENAI_API_KEY")
    portal_log.info("register %s for team %s", model_id, data.get("team"))
    portal_log.debug("register payload %s", data)
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except ConflictError:
            return jsonify({"status": "exists", "model_id": model_id}), 200
        except ValidationError as e:
            portal_log.warning("validation: %s", e)
            return jsonify({"status": "invalid"}), 400
        except ModelRedError as e:
            return jsonify({"status": "error", "detail": f"{e}"}), 502
    return jsonify({"status": "registered", "model_id": model_id, "key_suffix": openai_key[-4:]}), 201


@app.get("/api/summariser/status/<assessment_id>")
async def status(assessment_id: str):
    async with ModelRed() as client:
        try:
            st = await client.get_assessment_status(assessment_id)
        except ModelRedError as e:
            portal_log.error("status lookup %s failed: %s", assessment_id, type(e).__name__)
            return jsonify({"status": "unknown"}), 502
    return jsonify({"status": st.get("status"), "progress": st.get("progress")})


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5005")))
