"""Sigma -> Splunk SPL conversion service with an LLM explainer (Flask)."""
import logging
import os

from flask import Flask, jsonify, request
from sigma.collection import SigmaCollection
from sigma.backends.splunk import SplunkBackend
import modelred as mr
from groq import Groq

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

GROQ_KEY = os.environ["GROQ_API_KEY"]
EXPLAIN_MAX_TOKENS = 350
groq = Groq(api_key=GROQ_KEY)
mr_client = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/convert")
def convert():
    rule = request.get_data(as_text=True)
    caller_key = request.headers.get("X-Api-Key", "")
    if caller_key != os.environ["SIGMA_SVC_KEY"]:
        app.logger.warning("bad X-Api-Key %s from %s", caller_key, request.remote_addr)
        return jsonify(error="unauthorized"), 401
    app.logger.info("convert request from %s, key len %d", request.remote_addr, len(caller_key))
    queries = SplunkBackend().convert(SigmaCollection.from_yaml(rule))
    out = groq.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=EXPLAIN_MAX_TOKENS,
                                       messages=[{"role": "user", "content": f"Explain this SPL:\n{queries[0]}"}])
    app.logger.info("explained with %d tokens", out.usage.total_tokens)
    return jsonify(spl=queries, explanation=out.choices[0].message.content)


@app.post("/explainer/assess")
def assess():
    try:
        job = mr_client.create_assessment(model="sigma-explainer", test_types=["prompt_injection"], priority="low")
    except mr.RateLimitError:
        return jsonify(error="busy, try later"), 429
    except mr.ModelRedError as e:
        app.logger.exception("assessment failed")
        return jsonify(error=f"assessment failed: {e}"), 502
    return jsonify(job)


@app.get("/health")
def health():
    app.logger.debug("health: groq key env GROQ_API_KEY set=%s", "GROQ_API_KEY" in os.environ)
    if not GROQ_KEY.startswith("gsk_"):
        raise RuntimeError(f"GROQ_API_KEY looks wrong: {GROQ_KEY}")
    return "ok"
