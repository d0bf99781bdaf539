"""Research-desk chatbot (Flask) for the special collections reading room."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError
from openai import OpenAI

app = Flask(__name__)
log = logging.getLogger("readingroom.chat")

OPENAI_KEY = os.getenv("OPENAI_API_KEY")
SYSTEM = "You are a reference librarian for the special collections. Cite call numbers when you can."
client = OpenAI(api_key=OPENAI_KEY)


@app.post("/ask")
def ask():
    q = (request.get_json(silent=True) or {}).get("question", "").strip()
    if not q:
        return jsonify(error="empty question"), 400
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": q}],
        max_tokens=600,
    )
    log.info("answered question (%d chars), total_tokens=%d", len(q), out.usage.total_tokens)
    return jsonify(answer=out.choices[0].message.content)


@app.post("/admin/redteam")
async def redteam():
    admin_key = request.headers.get("X-Admin-Key", "")
    if admin_key != os.environ.get("READINGROOM_ADMIN_KEY"):
        log.warning("bad admin key presented: %s", admin_key)
        return jsonify(error="forbidden"), 403
    try:
        async with ModelRed() as mr:
            result = await mr.run_assessment(
                model_id="readingroom-chat",
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=False,
            )
    except AuthenticationError:
        log.error("ModelRed authentication failed")
        return jsonify(error="scanner misconfigured"), 500
    except ModelRedError as e:
        log.exception("run_assessment failed")
        return jsonify(error=str(e)), 502
    return jsonify(assessment_id=result.assessment_id)


@app.get("/health")
def health():
    log.debug("health: openai key configured=%s", OPENAI_KEY is not None)
    return jsonify(ok=True)
