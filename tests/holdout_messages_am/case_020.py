"""aiohttp endpoint used by CI to gate releases of the checkout assistant on a ModelRed scan."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

routes = web.RouteTableDef()
log = logging.getLogger("ci.gate")

GATE_MODEL = "checkout-assistant"
SUITES = ["basic_security", "prompt_injection"]
CI_TOKEN_HEADER = "X-CI-Token"


def _modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if key and not key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY must start with mr_, got {key}")
    return key


@routes.post("/gate")
async def gate(request: web.Request) -> web.Response:
    presented = request.headers.get(CI_TOKEN_HEADER, "")
    if presented != os.environ["CI_GATE_TOKEN"]:
        log.warning("bad %s header from %s (len %d)", CI_TOKEN_HEADER, request.remote, len(presented))
        return web.json_response({"error": "forbidden"}, status=403)
    try:
        async with ModelRed(api_key=_modelred_key()) as client:
            result = await client.run_assessment(model_id=GATE_MODEL, test_suites=SUITES, wait_for_completion=True, timeout_minutes=30)
    except AuthenticationError as e:
        log.error("modelred auth failed: %s", e)
        return web.json_response({"error": "gate misconfigured"}, status=500)
    except QuotaExceededError as e:
        return web.json_response({"error": type(e).__name__}, status=503)
    except ModelRedError as e:
        return web.json_response({"error": str(e)}, status=502)
    score = result.get("overall_score", 0)
    passed = score >= float(os.environ.get("GATE_MIN_SCORE", "80"))
    log.info("gate %s score=%s passed=%s", GATE_MODEL, score, passed)
    return web.json_response({"passed": passed, "score": score})


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
