"""Expo EAS build webhook: verifies the signature, then registers the new build's LLM with ModelRed (gen 1)."""
import hashlib
import hmac
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, AuthenticationError

log = logging.getLogger("eas.webhook")

EAS_WEBHOOK_SECRET = os.environ["EAS_WEBHOOK_SECRET"]
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]


def _valid(body: bytes, signature: str) -> bool:
    expected = "sha1=" + hmac.new(EAS_WEBHOOK_SECRET.encode(), body, hashlib.sha1).hexdigest()
    return hmac.compare_digest(expected, signature)


async def eas_hook(request: web.Request) -> web.Response:
    body = await request.read()
    sig = request.headers.get("expo-signature", "")
    if not _valid(body, sig):
        log.warning("bad EAS signature %s (secret len %d)", sig, len(EAS_WEBHOOK_SECRET))
        return web.json_response({"error": "bad signature"}, status=401)
    build = await request.json()
    log.info("EAS build %s platform=%s status=%s", build["id"], build["platform"], build["status"])
    if build["status"] != "finished":
        return web.json_response({"skipped": True})
    try:
        async with ModelRed() as client:
            await client.register_openai_model(model_id=f"assistant-{build['appVersion']}",
                                               api_key=OPENAI_API_KEY, model_name="gpt-4o-mini")
    except AuthenticationError:
        log.error("ModelRed auth failed while registering build %s", build["id"])
        return web.json_response({"error": "scanner auth failed"}, status=502)
    except ModelRedError as e:
        return web.json_response({"error": "register failed", "detail": f"{e}"}, status=502)
    return web.json_response({"registered": True})


def make_app() -> web.Application:
    if not EAS_WEBHOOK_SECRET:
        raise RuntimeError(f"EAS_WEBHOOK_SECRET is empty ({EAS_WEBHOOK_SECRET!r})")
    app = web.Application()
    app.router.add_post("/hooks/eas", eas_hook)
    log.info("EAS webhook ready, secret=%s", EAS_WEBHOOK_SECRET)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)
