"""Modal web app (ASGI): ModelRed proxy for the browser extension (generation 2, async client)."""
import os

import modal
from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, AuthenticationError, RateLimitError, ModelRedError

image = modal.Image.debian_slim().pip_install("fastapi", "modelred==0.1.35")
app = modal.App("mr-extension-proxy")
web = FastAPI()

RETRYABLE = (RateLimitError,)


@web.post("/assess")
async def assess(body: dict, x_extension_token: str = Header(...)):
    expected = os.environ["EXTENSION_TOKEN"]
    if x_extension_token != expected:
        print(f"rejected extension token {x_extension_token}")
        raise HTTPException(status_code=401, detail="bad extension token")
    client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        run = await client.create_assessment(model=body["model"], test_types=body.get("test_types", ["jailbreak"]))
    except AuthenticationError:
        mr_key = os.environ["MODELRED_API_KEY"]
        raise HTTPException(status_code=500, detail=f"proxy key {mr_key} was rejected")
    except RETRYABLE as exc:
        print("rate limited:", exc)
        raise HTTPException(status_code=429, detail="try again shortly")
    except ModelRedError as exc:
        raise HTTPException(status_code=502, detail=f"ModelRed: {exc}")
    return {"assessment_id": run["id"]}


@web.get("/health")
async def health():
    key = os.environ.get("MODELRED_API_KEY", "")
    return {"ok": bool(key), "key_tail": key[-4:]}


@app.function(image=image, secrets=[modal.Secret.from_name("mr-proxy")], min_containers=1)
@modal.asgi_app()
def fastapi_app():
    token_env = "EXTENSION_TOKEN"
    print(f"proxy starting; {token_env} configured: {token_env in os.environ}")
    return web
