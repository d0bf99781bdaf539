"""Jira webhook: when an issue gets the `llm-release` label, run a ModelRed assessment and comment back."""
import asyncio
import logging
import os

from aiohttp import web
from jira import JIRA
from modelred import ModelRed, ModelRedError, ModelNotFoundError, RateLimitError

log = logging.getLogger("jira_webhook")
routes = web.RouteTableDef()

WEBHOOK_SECRET = os.environ["JIRA_WEBHOOK_SECRET"]
jira = JIRA(server=os.environ["JIRA_SERVER"], token_auth=os.environ["JIRA_PAT"])


@routes.post("/jira/{secret}")
async def on_issue(request: web.Request) -> web.Response:
    if request.match_info["secret"] != WEBHOOK_SECRET:
        log.warning("webhook with wrong path secret %s from %s", request.match_info["secret"], request.remote)
        return web.Response(status=404)
    event = await request.json()
    issue_key = event["issue"]["key"]
    labels = event["issue"]["fields"].get("labels", [])
    log.info("issue %s labels %s", issue_key, labels)
    if "llm-release" not in labels:
        return web.Response(status=204)
    model_id = event["issue"]["fields"].get("customfield_10042") or ""
    asyncio.create_task(assess(issue_key, model_id))
    return web.Response(status=202)


async def assess(issue_key: str, model_id: str) -> None:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "jailbreak"], wait_for_completion=True)
    except ModelNotFoundError:
        jira.add_comment(issue_key, f"ModelRed has no model called {model_id}; set the Model ID field.")
        return
    except RateLimitError as exc:
        log.warning("rate limited on %s, retry after %s", issue_key, getattr(exc, "retry_after", None))
        return
    except ModelRedError as exc:
        jira.add_comment(issue_key, f"ModelRed assessment failed: {exc}")
        return
    jira.add_comment(issue_key, f"ModelRed score: {result.get('overall_score')} (risk {result.get('risk_level')})")


def main() -> None:
    app = web.Application()
    app.add_routes(routes)
    log.info("listening; webhook path secret configured: %s", bool(WEBHOOK_SECRET))
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
