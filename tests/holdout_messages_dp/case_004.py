"""JSON logging for the gateway with python-json-logger."""
import logging
import os
import sys

from pythonjsonlogger import jsonlogger
from fastapi import FastAPI, Request, HTTPException

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(jsonlogger.JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
gw_log = logging.getLogger("gateway")
gw_log.addHandler(handler)
gw_log.setLevel(logging.INFO)

app = FastAPI()
UPSTREAM_KEY = os.environ["UPSTREAM_OPENAI_KEY"]
ALLOWED_KEYS = set(filter(None, os.environ.get("GATEWAY_CLIENT_KEYS", "").split(",")))


def client_key(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    return auth.removeprefix("Bearer ").strip()


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    gw_log.info(
        "request",
        extra={"path": request.url.path, "status": response.status_code, "ua": request.headers.get("user-agent")},
    )
    return response


@app.post("/v1/chat/completions")
async def proxy(request: Request):
    presented = client_key(request)
    if presented not in ALLOWED_KEYS:
        gw_log.warning("rejected client", extra={"client_key": presented})
        raise HTTPException(status_code=401, detail="invalid API key")
    body = await request.json()
    gw_log.info("forwarding", extra={"model": body.get("model"), "max_tokens": body.get("max_tokens")})
    return {"forwarded": True}


@app.on_event("startup")
async def startup():
    gw_log.info("gateway up", extra={"client_keys": len(ALLOWED_KEYS)})
    gw_log.debug("upstream configured", extra={"upstream_key": UPSTREAM_KEY})


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, port=8080)
