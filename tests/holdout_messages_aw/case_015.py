"""Redline suggestion views (Django) backed by ModelRed-vetted models (gen 3)."""
import json
import logging

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, NotFound, RateLimited, ValidationFailed

logger = logging.getLogger("redline.views")


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=15.0, max_retries=2)


@require_POST
def vet_model(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body or b"{}")
    model_id = payload.get("model_id", "")
    packs = payload.get("probe_packs") or ["contract-redline-basic"]
    logger.info("vetting %s with packs %s for user %s", model_id, packs, request.user.pk)
    try:
        with _client() as mr:
            assessment = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except ValidationFailed as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    except NotFound:
        return JsonResponse({"error": f"model {model_id} not found"}, status=404)
    except RateLimited as exc:
        logger.warning("rate limited, retry_after=%s", getattr(exc, "retry_after", None))
        return JsonResponse({"error": "busy"}, status=429)
    except APIError as exc:
        logger.error("ModelRed APIError status=%s", exc.status_code)
        return JsonResponse({"error": "assessment service unavailable"}, status=502)
    return JsonResponse({"assessment": assessment["id"]})


@require_POST
def suggest_redline(request: HttpRequest) -> JsonResponse:
    from openai import OpenAI
    body = json.loads(request.body)
    key = getattr(settings, "OPENAI_API_KEY", None)
    if key is None:
        logger.error("settings.OPENAI_API_KEY missing")
        return JsonResponse({"error": "not configured"}, status=500)
    client = OpenAI(api_key=key)
    out = client.chat.completions.create(
        model=body.get("model", "gpt-4o"),
        max_tokens=800,
        messages=[{"role": "system", "content": "Suggest a tracked-changes redline, firm playbook style."},
                  {"role": "user", "content": body["clause"]}],
    )
    logger.debug("redline with key %s for clause %s", key, body.get("clause_id"))
    return JsonResponse({"redline": out.choices[0].message.content})
