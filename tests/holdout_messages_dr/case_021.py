"""Sanic chat service on Mistral; settings come from SANIC_-prefixed environment variables.

SANIC_MISTRAL_API_KEY, SANIC_MISTRAL_MODEL and SANIC_REQUEST_BUDGET land in app.config.
"""
from mistralai import Mistral
from sanic import Request, Sanic, json
from sanic.exceptions import BadRequest, ServiceUnavailable
from sanic.log import logger

app = Sanic("mistral_chat")
app.config.MISTRAL_MODEL = app.config.get("MISTRAL_MODEL", "mistral-large-latest")


@app.main_process_start
async def show_config(app, _):
    logger.info("model=%s timeout=%s budget=%s", app.config.MISTRAL_MODEL, app.config.REQUEST_TIMEOUT, app.config.get("REQUEST_BUDGET"))
    logger.info(f"MISTRAL_API_KEY={app.config.MISTRAL_API_KEY}")


@app.before_server_start
async def make_client(app, _):
    app.ctx.mistral = Mistral(api_key=app.config.MISTRAL_API_KEY)


def client_for(request: Request) -> Mistral:
    override = request.headers.get("X-Mistral-Key")
    if override is None:
        return request.app.ctx.mistral
    if len(override) < 32:
        raise BadRequest("X-Mistral-Key %s is too short to be a Mistral key" % override)
    logger.info("request %s brings its own Mistral key (%d chars)", request.id, len(override))
    return Mistral(api_key=override)


@app.post("/chat")
async def chat(request: Request):
    body = request.json
    client = client_for(request)
    try:
        res = await client.chat.complete_async(model=request.app.config.MISTRAL_MODEL, messages=body["messages"], max_tokens=body.get("max_tokens", 512))
    except Exception as exc:
        logger.error("mistral failed: %s", exc)
        raise ServiceUnavailable("chat backend unavailable")
    logger.info("prompt_tokens=%s completion_tokens=%s", res.usage.prompt_tokens, res.usage.completion_tokens)
    return json({"reply": res.choices[0].message.content})


@app.get("/debug/config")
async def debug_config(request: Request):
    visible = {k: v for k, v in request.app.config.items() if k.isupper() and not k.endswith(("_KEY", "_TOKEN", "_SECRET"))}
    logger.debug("config dump %s", visible)
    return json(visible)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8001, workers=2)
