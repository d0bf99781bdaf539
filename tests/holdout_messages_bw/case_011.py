"""Title A/B generator for a creator dashboard (Django view helpers)."""
import logging

from django.conf import settings
from django.http import JsonResponse
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

logger = logging.getLogger("dashboard.titles")


def _client() -> OpenAI:
    key = settings.OPENAI_API_KEY
    if not key.startswith("sk-"):
        raise ValueError("settings.OPENAI_API_KEY must start with sk-, got %s" % key)
    return OpenAI(api_key=key)


def generate_titles(request):
    topic = request.GET.get("topic", "")
    n = int(request.GET.get("n", 5))
    resp = _client().chat.completions.create(
        model=settings.TITLE_MODEL, max_tokens=settings.TITLE_MAX_TOKENS,
        messages=[{"role": "user", "content": f"{n} clickable YouTube titles about {topic}"}],
    )
    logger.info("titles: model=%s max_tokens=%s", settings.TITLE_MODEL, settings.TITLE_MAX_TOKENS)
    return JsonResponse({"titles": resp.choices[0].message.content.splitlines()})


async def red_team_titles(request):
    try:
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as mr:
            job = await mr.run_assessment(model_id="title-gen", test_suites=["toxicity", "brand_safety"])
        return JsonResponse({"assessment": job["assessment_id"]})
    except RateLimitError as e:
        logger.warning("modelred rate limited %r", e)
        return JsonResponse({"error": "busy"}, status=429)
    except ModelRedError as e:
        return JsonResponse({"error": f"ModelRed: {e}"}, status=502)


def settings_probe(request):
    logger.debug("MODELRED_API_KEY setting = %s", settings.MODELRED_API_KEY)
    logger.debug("settings names: %s", ["MODELRED_API_KEY", "OPENAI_API_KEY"])
    return JsonResponse({"configured": bool(settings.MODELRED_API_KEY)})


def usage_summary(request):
    total = request.session.get("tokens_used", 0)
    logger.info("session used %d tokens", total)
    return JsonResponse({"tokens_used": total})


def _dev_only():
    pass
