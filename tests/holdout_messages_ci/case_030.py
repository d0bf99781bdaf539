"""Home-inspection report summariser exposed to buyers' agents (aiohttp web app)."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, AssessmentError, NetworkError
import anthropic

routes = web.RouteTableDef()
log = logging.getLogger("inspection")
claude = anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


@routes.post("/summaries")
async def summarise(request: web.Request) -> web.Response:
    data = await request.json()
    report = data["report_text"]
    msg = await claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": "Summarise defects by severity:\n" + report[:50000]}],
    )
    log.info("summary for %s: %d in / %d out tokens", data.get("inspection_id"), msg.usage.input_tokens, msg.usage.output_tokens)
    return web.json_response({"summary": msg.content[0].text})


@routes.post("/summaries/audit")
async def audit(request: web.Request) -> web.Response:
    try:
        async with ModelRed(api_key=request.app["modelred_key"]) as mr:
            res = await mr.run_assessment(model_id="inspection-summary", test_suites=["hallucination"])
    except NetworkError as e:
        log.warning("modelred unreachable: %s", e)
        return web.json_response({"error": "audit service unreachable"}, status=503)
    except AssessmentError as e:
        return web.json_response({"error": str(e)}, status=500)
    except ModelRedError as e:
        raise web.HTTPBadGateway(text=f"audit failed: {e}")
    return web.json_response({"assessment_id": res.get("assessment_id")})


async def on_startup(app: web.Application) -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    app["modelred_key"] = key
    log.info("modelred key configured: %s", "yes" if key else "no")
    if key and len(key) < 12:
        log.error("MODELRED_API_KEY too short to be valid: %r", app["modelred_key"])


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
