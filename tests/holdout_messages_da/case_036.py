"""Django views for the support console: player lookup and a ModelRed check of the reply bot."""
import logging

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
import modelred

logger = logging.getLogger("supportconsole.views")


def _mr_client():
    return modelred.ModelRedClient(api_key=settings.MODELRED_API_KEY)


@staff_member_required
def player_lookup(request, player_id: str):
    from .models import Player
    p = Player.objects.filter(public_id=player_id).first()
    if p is None:
        return JsonResponse({"error": "not found"}, status=404)
    logger.info("%s looked up player %s", request.user, player_id)
    return JsonResponse({"id": p.public_id, "name": p.display_name, "banned": p.banned, "spend_usd": float(p.lifetime_spend)})


@staff_member_required
@require_POST
def check_reply_bot(request):
    model = request.POST.get("model", "support-reply-bot")
    client = _mr_client()
    try:
        job = client.create_assessment(model=model, test_types=["pii_leakage", "toxicity"], priority="normal")
    except modelred.NotFoundError:
        return JsonResponse({"error": f"{model} is not registered"}, status=404)
    except modelred.ModelRedError as e:
        logger.warning("ModelRed error %s for %s", getattr(e, "status_code", None), model)
        return JsonResponse({"error": str(e)}, status=502)
    return JsonResponse({"assessment": job["id"], "model": model})


@staff_member_required
def settings_probe(request):
    info = {
        "modelred_configured": bool(settings.MODELRED_API_KEY),
        "reply_bot_max_tokens": settings.REPLY_BOT_MAX_TOKENS,
        "openai_key_setting": "OPENAI_API_KEY",
    }
    logger.info("settings probe: %s", info)
    if request.GET.get("verbose") and settings.DEBUG:
        logger.debug("openai key in use: %s", settings.OPENAI_API_KEY)
    return JsonResponse(info)
