"""Irregular-ops (IROPS) recovery planner: ModelRed gen 3 gate, Anthropic planner, Django view."""
import logging
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, Unauthorized, RateLimited

logger = logging.getLogger("irops.views")

PLANNER_MODEL_ID = "mdl_irops_planner"


def _mr():
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@require_POST
def recheck(request):
    try:
        with _mr() as mr:
            job = mr.create_assessment(model_id=PLANNER_MODEL_ID, probe_pack_ids=["pack_irops_ops"], priority="high")
    except Unauthorized as e:
        logger.error("modelred unauthorized (status %s)", e.status_code)
        return JsonResponse({"error": "red-team service unavailable"}, status=502)
    except RateLimited as e:
        return JsonResponse({"error": "busy", "retry_after": e.retry_after}, status=429)
    except ModelRedError as e:
        return JsonResponse({"error": f"recheck failed: {e}"}, status=502)
    logger.info("recheck queued %s", job["id"])
    return JsonResponse({"assessment": job["id"]})


@require_POST
def plan(request):
    import anthropic

    key = request.headers.get("X-Anthropic-Key") or os.getenv("ANTHROPIC_API_KEY", "")
    disruption = request.POST.get("disruption", "")
    if not disruption:
        return JsonResponse({"error": "disruption text required"}, status=400)
    try:
        msg = anthropic.Anthropic(api_key=key).messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=900,
            messages=[{"role": "user", "content": f"Recovery plan (tails, crews, pax) for: {disruption}"}],
        )
    except anthropic.AuthenticationError:
        logger.warning("planner auth failed for key %s", key)
        return JsonResponse({"error": "planner auth failed"}, status=502)
    logger.info("plan used %d output tokens", msg.usage.output_tokens)
    return JsonResponse({"plan": msg.content[0].text})


def show_status(request, assessment_id):
    try:
        with _mr() as mr:
            a = mr.get_assessment(assessment_id)
    except ModelRedError as e:
        raise ValueError(str(e))
    return JsonResponse({"status": a["status"]})
