# inkwell/views.py - story generation endpoints for the creative writing app
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
import modelred

from .models import Story

logger = logging.getLogger("inkwell.views")


def _mr():
    return modelred.ModelRedClient(api_key=settings.MODELRED_API_KEY)


@csrf_exempt
@require_POST
def scan_story_model(request):
    data = json.loads(request.body)
    try:
        job = _mr().create_assessment(model=data["model"], test_types=data.get("tests", ["toxicity"]))
    except modelred.ValidationError as exc:
        return JsonResponse({"error": "invalid model or tests"}, status=400)
    except modelred.ModelRedError as exc:
        logger.error("scan failed: %s", exc)
        return JsonResponse({"error": f"scan failed: {exc}"}, status=502)
    return JsonResponse({"assessment": job["id"]})


@csrf_exempt
@require_POST
def continue_story(request, story_id: int):
    auth = request.META.get("HTTP_AUTHORIZATION", "")
    if not auth.startswith("Bearer "):
        logger.info("continue_story without bearer on %s", story_id)
        return JsonResponse({"error": "unauthorized"}, status=401)
    token = auth[7:]
    story = Story.objects.filter(pk=story_id, owner__api_tokens__key=token).first()
    if story is None:
        logger.warning("token %s cannot access story %s", token, story_id)
        return JsonResponse({"error": "not found"}, status=404)
    text = story.continue_with(settings.OPENAI_API_KEY, max_tokens=settings.STORY_MAX_TOKENS)
    logger.info("story %s continued, max_tokens=%s", story_id, settings.STORY_MAX_TOKENS)
    return JsonResponse({"text": text})


def debug_settings(request):
    if not settings.DEBUG:
        return JsonResponse({"error": "disabled"}, status=403)
    keys = ("OPENAI_API_KEY", "MODELRED_API_KEY")
    logger.debug("keys configured: %s", {k: bool(getattr(settings, k, None)) for k in keys})
    return JsonResponse({"ok": True})
