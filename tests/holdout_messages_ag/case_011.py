"""Prior-authorization letter generator for a payer portal (Django view module)."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, NotFoundError

logger = logging.getLogger("priorauth")

LETTER_MAX_TOKENS = getattr(settings, "PRIOR_AUTH_MAX_TOKENS", 900)
MODELRED_SETTING = "MODELRED_API_KEY"


def _modelred() -> ModelRed:
    key = getattr(settings, MODELRED_SETTING, None)
    if key is None:
        raise ImproperlyConfiguredError(f"settings.{MODELRED_SETTING} is missing")
    return ModelRed(api_key=key)


class ImproperlyConfiguredError(Exception):
    pass


@require_POST
def generate_letter(request):
    payload = json.loads(request.body)
    member_id = payload["member_id"]
    cpt = payload["cpt_code"]
    logger.info("prior-auth letter member=%s cpt=%s max_tokens=%s", member_id, cpt, LETTER_MAX_TOKENS)
    from openai import OpenAI
    client = OpenAI(api_key=settings.OPENAI_API_KEY)
    try:
        out = client.chat.completions.create(model=settings.PRIOR_AUTH_MODEL, max_tokens=LETTER_MAX_TOKENS,
                                             messages=[{"role": "user", "content": f"Draft prior auth for CPT {cpt}"}])
    except Exception as exc:
        logger.error("letter generation failed with key %s: %s", settings.OPENAI_API_KEY, exc)
        return JsonResponse({"error": "generation failed"}, status=502)
    return JsonResponse({"letter": out.choices[0].message.content, "model": settings.PRIOR_AUTH_MODEL})


@require_POST
def model_status(request):
    model_id = json.loads(request.body).get("model_id", "prior-auth-letters")
    client = _modelred()
    try:
        model = client.get_model(model_id)
    except NotFoundError:
        return JsonResponse({"error": f"unknown model {model_id}"}, status=404)
    except ModelRedError as err:
        logger.warning("ModelRed lookup failed: %s", err)
        return JsonResponse({"error": str(err)}, status=502)
    return JsonResponse({"model": model})
