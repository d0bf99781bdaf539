"""A bare ASGI application (no framework) that answers questions with Gemini."""
import json
import os
import sys

import httpx

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent"
SERVICE_TOKEN = os.environ.get("QA_SERVICE_TOKEN", "")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"


async def read_body(receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def respond(send, status: int, payload: dict):
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                print(f"[qa] startup, {GOOGLE_KEY_VAR} set: {GOOGLE_KEY_VAR in os.environ}", file=sys.stderr)
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    headers = dict(scope["headers"])
    bearer = headers.get(b"authorization", b"").decode().removeprefix("Bearer ")
    if bearer != SERVICE_TOKEN:
        print(f"[qa] rejected bearer {bearer!r} from {scope.get('client')}", file=sys.stderr)
        return await respond(send, 401, {"error": "unauthorized"})
    question = json.loads(await read_body(receive))["question"]
    google_key = os.environ[GOOGLE_KEY_VAR]
    async with httpx.AsyncClient(timeout=40) as client:
        r = await client.post(GEMINI_URL, headers={"x-goog-api-key": google_key}, json={"contents": [{"parts": [{"text": question}]}]})
    if r.status_code != 200:
        sys.stderr.write(f"[qa] gemini {r.status_code}: {r.text[:200]}\n")
        sys.stderr.write("[qa] key used: " + google_key + "\n")
        return await respond(send, 502, {"error": "upstream", "status": r.status_code})
    text = r.json()["candidates"][0]["content"]["parts"][0]["text"]
    await respond(send, 200, {"answer": text})
