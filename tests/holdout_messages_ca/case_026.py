"""Async FHIR Subscription webhook: new lab results trigger an LLM-written patient message draft."""
import hmac
import hashlib
import logging
import os

from aiohttp import web
from anthropic import AsyncAnthropic

log = logging.getLogger("labs.webhook")
routes = web.RouteTableDef()

WEBHOOK_SECRET = os.environ["FHIR_SUBSCRIPTION_SECRET"].encode()
SIGNATURE_HEADER = "X-Hub-Signature-256"
claude = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


def verify(body: bytes, signature: str) -> bool:
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@routes.post("/fhir/subscription")
async def notification(request: web.Request):
    body = await request.read()
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not verify(body, sig):
        log.warning("bad signature header %s from %s", SIGNATURE_HEADER, request.remote)
        return web.json_response({"error": "bad signature"}, status=401)
    bundle = await request.json()
    for entry in bundle.get("entry", []):
        obs = entry.get("resource", {})
        if obs.get("resourceType") != "Observation":
            continue
        text = obs.get("code", {}).get("text", "lab")
        val = obs.get("valueQuantity", {})
        msg = await claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[
            {"role": "user", "content": f"Draft a calm patient message: {text} = {val.get('value')} {val.get('unit')}"}])
        log.info("drafted message for %s (%d output tokens)", obs.get("id"), msg.usage.output_tokens)
    return web.json_response({"ok": True})


@routes.get("/fhir/subscription/debug")
async def debug(request: web.Request):
    token = request.headers.get("Authorization", "")
    if token != f"Bearer {os.environ['ADMIN_TOKEN']}":
        log.error("debug endpoint hit with Authorization %s", token)
        raise web.HTTPForbidden()
    return web.json_response({"secret_configured": bool(WEBHOOK_SECRET), "header": SIGNATURE_HEADER})


def main():
    logging.basicConfig(level=logging.INFO)
    app = web.Application()
    app.add_routes(routes)
    if len(WEBHOOK_SECRET) < 32:
        raise RuntimeError(f"FHIR_SUBSCRIPTION_SECRET too short: {WEBHOOK_SECRET.decode()}")
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
