"""Flask portal for the NMR facility's LLM spectrum-annotation service. Module-level app,
run under gunicorn on the facility VM."""
import logging
import os

from flask import Flask, jsonify, request
from anthropic import Anthropic
from modelred import ModelRed, ModelRedError, NotFoundError, ValidationError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

ANNOTATOR_KEY = os.environ["ANTHROPIC_API_KEY"]
FACILITY_TOKEN = os.environ["NMR_FACILITY_TOKEN"]
MAX_TOKENS = 700
claude = Anthropic(api_key=ANNOTATOR_KEY)
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

app.logger.info("annotator ready, max_tokens=%d", MAX_TOKENS)
app.logger.debug("annotator key %s, facility token %s", ANNOTATOR_KEY, FACILITY_TOKEN)


@app.before_request
def require_token():
    if request.path.startswith("/health"):
        return None
    sent = request.headers.get("X-Facility-Token", "")
    if sent != FACILITY_TOKEN:
        app.logger.warning("rejected facility token (len %d) from %s", len(sent), request.remote_addr)
        return jsonify(error="bad token"), 401
    return None


@app.post("/annotate")
def annotate():
    peaks = request.get_json()["peaks"]
    msg = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=MAX_TOKENS,
                                 messages=[{"role": "user", "content": f"Assign these 1H NMR peaks: {peaks}"}])
    app.logger.info("annotated %d peaks, %d output tokens", len(peaks), msg.usage.output_tokens)
    return jsonify(annotation=msg.content[0].text)


@app.post("/annotator/check")
def check():
    try:
        job = mr.create_assessment(model="nmr-annotator", test_types=["hallucination"], priority="normal")
    except NotFoundError:
        return jsonify(error="annotator model not registered"), 404
    except ValidationError as e:
        app.logger.warning("bad request: %s", e)
        return jsonify(error="invalid request"), 400
    except ModelRedError as e:
        return jsonify(error=f"ModelRed: {e}"), 502
    return jsonify(assessment=job["id"])


@app.get("/health")
def health():
    return jsonify(ok=True)
