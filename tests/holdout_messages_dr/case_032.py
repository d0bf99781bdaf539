# groq_quart.py - small Quart app served by hypercorn, exported from a notebook
import asyncio
import os

import httpx
from groq import AsyncGroq
from huggingface_hub import get_token
from hypercorn.asyncio import serve
from hypercorn.config import Config
from quart import Quart, request

# %% settings
GROQ_API_KEY = os.environ["GROQ_API_KEY"]
HF_TOKEN = get_token()
HF_URL = "https://api-inference.huggingface.co/models/unitary/toxic-bert"
groq_client = AsyncGroq(api_key=GROQ_API_KEY)
app = Quart(__name__)

print(f"GROQ_API_KEY = {GROQ_API_KEY}")
print("HF token found:", HF_TOKEN is not None)

# %% server config
config = Config()
config.bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
config.accesslog = "-"
print("binding", config.bind, "access log", config.accesslog)


@app.before_serving
async def announce():
    app.logger.info("groq key ends with %s", GROQ_API_KEY[-4:])


@app.post("/chat")
async def chat():
    body = await request.get_json()
    completion = await groq_client.chat.completions.create(model=body.get("model", "llama-3.1-8b-instant"), messages=body["messages"], max_tokens=body.get("max_tokens", 256))
    app.logger.info("groq usage %s tokens", completion.usage.total_tokens)
    return {"reply": completion.choices[0].message.content}


@app.post("/moderate")
async def moderate():
    text = (await request.get_json())["text"]
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(HF_URL, headers={"Authorization": f"Bearer {HF_TOKEN}"}, json={"inputs": text})
    if r.status_code == 401:
        app.logger.error("HF rejected token %s", HF_TOKEN)
        return {"error": "moderation unavailable"}, 502
    app.logger.info("moderation status %s", r.status_code)
    return {"labels": r.json()}


# %% run
asyncio.run(serve(app, config))
