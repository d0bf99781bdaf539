"""Candidate-facing chat widget backend (Quart): answers FAQ; ModelRed gen 2 async client for safety status."""
import logging
import os

from quart import Quart, jsonify, request
from modelred import AsyncModelRedClient, ModelRedError, ConflictError
from groq import AsyncGroq

app = Quart(__name__)
qlog = logging.getLogger("careers.widget")

GROQ_MODEL = os.getenv("GROQ_MODEL", "llama-3.1-8b-instant")
groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
mr = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
WIDGET_MAX_TOKENS = 400


@app.post("/widget/ask")
async def ask():
    data = await request.get_json()
    out = await groq.chat.completions.create(model=GROQ_MODEL, max_tokens=WIDGET_MAX_TOKENS, messages=[{"role": "system", "content": "You answer questions about working at Acme."}, {"role": "user", "content": data.get("q", "")}])
    qlog.info("widget answer, %d tokens (max %d)", out.usage.total_tokens, WIDGET_MAX_TOKENS)
    return jsonify(answer=out.choices[0].message.content)


@app.post("/widget/assess")
async def assess():
    try:
        a = await mr.create_assessment(model="careers-widget-groq", test_types=["prompt_injection", "toxicity"], priority="low")
        return jsonify(id=a["id"])
    except ConflictError as e:
        qlog.info("assessment already running: %s", e)
        return jsonify(error="an assessment is already running"), 409
    except ModelRedError as e:
        return jsonify(error=f"could not start assessment: {e}"), 502


@app.get("/widget/config")
async def config():
    return jsonify(model=GROQ_MODEL, max_tokens=WIDGET_MAX_TOKENS, groq_key_set=bool(os.environ.get("GROQ_API_KEY")))


@app.before_serving
async def startup():
    groq_key = os.environ["GROQ_API_KEY"]
    qlog.info("GROQ_API_KEY present, model %s", GROQ_MODEL)
    if not groq_key.startswith("gsk_"):
        qlog.warning("GROQ_API_KEY has unexpected prefix: %s", groq_key)


if __name__ == "__main__":
    app.run(port=5055)
