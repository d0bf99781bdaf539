"""Hotel concierge chat (Quart, async): guest-facing answers, screened models only."""
import logging
import os

from quart import Quart, jsonify, request
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, Unauthorized, RateLimited

app = Quart(__name__)
concierge_log = logging.getLogger("concierge")

llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], organization=os.environ.get("OPENAI_ORG_ID"))
MR_TOKEN = os.environ["MODELRED_API_KEY"]


@app.post("/concierge/ask")
async def ask():
    data = await request.get_json()
    guest = data.get("guest_id")
    concierge_log.info("question from guest %s, org %s", guest, os.environ.get("OPENAI_ORG_ID"))
    out = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": data["q"]}])
    return jsonify({"answer": out.choices[0].message.content, "tokens": out.usage.total_tokens})


@app.get("/concierge/screening/<assessment_id>")
async def screening(assessment_id: str):
    async with AsyncModelRed(MR_TOKEN, max_retries=1) as mr:
        try:
            asm = await mr.get_assessment(assessment_id)
        except Unauthorized:
            concierge_log.error("ModelRed token rejected: %s", MR_TOKEN)
            return jsonify({"error": "screening unavailable"}), 503
        except RateLimited as e:
            return jsonify({"error": "busy", "retry_after": e.retry_after}), 429
        except APIError as e:
            return jsonify({"error": e.args[0] if e.args else "error"}), 502
    return jsonify({"status": asm.get("status"), "score": asm.get("score")})


@app.post("/concierge/admin/key")
async def set_key():
    global MR_TOKEN
    body = await request.get_json()
    candidate = body.get("modelred_key", "")
    if not candidate.startswith("mr_"):
        return jsonify({"error": f"not a ModelRed key (starts {candidate[:3]!r})"}), 400
    MR_TOKEN = candidate
    concierge_log.info("ModelRed key replaced (len %d)", len(candidate))
    return jsonify({"ok": True})
