"""Investor portal: deal memo generator, Flask + gen 1 ModelRed register_openai_model."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, AuthorizationError

app = Flask(__name__)
memo_log = logging.getLogger("deal_memo")

OPENAI_KEY_ENV = "OPENAI_API_KEY"


async def _register(model_id: str, openai_key: str):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o")


@app.post("/admin/register-memo-model")
def register():
    model_id = request.json.get("model_id", "deal-memo-gpt4o")
    openai_key = os.environ.get(OPENAI_KEY_ENV)
    if not openai_key:
        return jsonify(error=f"{OPENAI_KEY_ENV} not configured"), 500
    try:
        res = asyncio.run(_register(model_id, openai_key))
    except ValidationError as e:
        return jsonify(error="invalid model id", field=getattr(e, "field", None)), 400
    except AuthorizationError as e:
        memo_log.warning("not authorised to register %s: %s", model_id, e)
        return jsonify(error="not authorised"), 403
    except ModelRedError as e:
        return jsonify(error="modelred: %s" % e), 502
    memo_log.info("registered %s", model_id)
    return jsonify(res)


@app.post("/memo")
def memo():
    deal = request.json
    from openai import OpenAI

    client = OpenAI(api_key=os.environ[OPENAI_KEY_ENV])
    r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"Write an investment memo: NOI {deal['noi']}, price {deal['price']}, cap {deal['noi'] / deal['price']:.2%}"}], max_tokens=1500)
    memo_log.info("memo for deal %s used %s tokens", deal.get("id"), r.usage.total_tokens)
    return jsonify(memo=r.choices[0].message.content)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run()
