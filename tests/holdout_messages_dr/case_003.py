"""Support-assistant backend on Quart, answering with Anthropic's Claude."""
import os

import anthropic
from quart import Quart, jsonify, request

app = Quart(__name__)
app.config.from_prefixed_env("SUPPORT")
MODEL = "claude-3-5-sonnet-latest"
MAX_TOKENS = 1024
ANTHROPIC_ENV = "ANTHROPIC_API_KEY"


def _anthropic_key() -> str:
    return app.config.get("ANTHROPIC_KEY") or os.environ[ANTHROPIC_ENV]


@app.before_serving
async def startup():
    key = _anthropic_key()
    if not key.startswith("sk-ant-"):
        raise RuntimeError(f"{ANTHROPIC_ENV} does not look like an Anthropic key: {key}")
    app.anthropic = anthropic.AsyncAnthropic(api_key=key)
    app.logger.info("anthropic client ready (model=%s, max_tokens=%d)", MODEL, MAX_TOKENS)
    app.logger.debug("anthropic key from %s: %s", ANTHROPIC_ENV, key)
    app.logger.info("key configured: %s", bool(key))


@app.after_serving
async def shutdown():
    await app.anthropic.close()
    app.logger.info("anthropic client closed")


@app.post("/answer")
async def answer():
    data = await request.get_json()
    question = data.get("question", "")
    if not question:
        return jsonify({"error": "question is required"}), 400
    try:
        msg = await app.anthropic.messages.create(
            model=MODEL,
            max_tokens=MAX_TOKENS,
            system="You answer customer support questions about our product.",
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.AuthenticationError as exc:
        app.logger.error("anthropic auth failed (status %s), key env %s", exc.status_code, ANTHROPIC_ENV)
        return jsonify({"error": "upstream auth failed"}), 502
    except anthropic.APIStatusError as exc:
        app.logger.warning("anthropic error %s: %s", exc.status_code, exc.message)
        return jsonify({"error": "upstream error"}), 502
    app.logger.info("usage in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return jsonify({"answer": msg.content[0].text})


@app.errorhandler(500)
async def internal(err):
    app.logger.exception("unhandled error")
    return jsonify({"error": "internal"}), 500


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5005")))
