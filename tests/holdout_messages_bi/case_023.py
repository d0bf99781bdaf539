"""Claimant-facing chat widget backend (Django view) with an LLM triage step."""
import json
import logging
import os

from django.conf import settings
from django.http import JsonResponse, HttpRequest
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, RateLimitError

logger = logging.getLogger("claimant.chat")
TRIAGE_SUITES = ["basic_security", "toxicity"]


@require_POST
def triage(request: HttpRequest) -> JsonResponse:
    body = json.loads(request.body or b"{}")
    claim_no = body.get("claim_number", "")
    session_token = request.headers.get("X-Claimant-Session", "")
    logger.info("chat turn for claim %s (session present=%s)", claim_no, bool(session_token))
    if not _session_ok(claim_no, session_token):
        logger.warning("session %s not valid for claim %s", session_token, claim_no)
        return JsonResponse({"error": "session expired"}, status=401)
    return JsonResponse({"reply": "An adjuster will contact you within one business day."})


def _session_ok(claim_no: str, token: str) -> bool:
    return bool(token) and token.startswith(claim_no[:2])


async def nightly_scan(request: HttpRequest) -> JsonResponse:
    if request.headers.get("X-Cron-Secret") != settings.CRON_SECRET:
        logger.warning("cron call with wrong secret header name %s", "X-Cron-Secret")
        return JsonResponse({"error": "forbidden"}, status=403)
    try:
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as mr:
            res = await mr.run_assessment(model_id="claimant-chat", test_suites=TRIAGE_SUITES, priority="low")
    except RateLimitError as e:
        logger.info("rate limited: %s", e)
        return JsonResponse({"error": "rate_limited"}, status=429)
    except ModelRedError as e:
        return JsonResponse({"error": f"scan failed: {e}"}, status=502)
    return JsonResponse({"assessment": res.get("assessment_id")})


def settings_report() -> str:
    lines = [
        f"MODELRED configured: {bool(getattr(settings, 'MODELRED_API_KEY', None))}",
        f"OPENAI key tail: {os.environ.get('OPENAI_API_KEY', '')[-4:]}",
        f"cron secret length: {len(settings.CRON_SECRET)}",
    ]
    report = "\n".join(lines)
    logger.info("settings report:\n%s", report)
    return report


def debug_settings() -> None:
    logger.debug("cron secret configured: %s", bool(settings.CRON_SECRET))
