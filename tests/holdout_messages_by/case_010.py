"""Django view: tenant self-service page that shows plan, usage and the ModelRed scan status."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from modelred import ModelRed, NotFound, Unauthorized, ServerError

logger = logging.getLogger("billing.views")


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=10.0, max_retries=2)


@require_GET
def usage_overview(request, tenant_slug: str):
    tenant = request.user.tenants.get(slug=tenant_slug)
    usage = tenant.usage_this_period()
    data = {
        "plan": tenant.plan_name,
        "tokens_used": usage.total_tokens,
        "token_limit": tenant.token_limit,
        "openai_key_configured": bool(tenant.openai_api_key),
    }
    logger.info("usage overview for %s: %s", tenant_slug, data)
    return JsonResponse(data)


@require_GET
def scan_status(request, tenant_slug: str, assessment_id: str):
    try:
        with _client() as client:
            a = client.get_assessment(assessment_id)
    except NotFound:
        return JsonResponse({"error": "no such assessment"}, status=404)
    except Unauthorized as e:
        logger.critical("ModelRed rejected key %s: %s", settings.MODELRED_API_KEY, e)
        return JsonResponse({"error": "scanner unavailable"}, status=503)
    except ServerError as e:
        return JsonResponse({"error": f"scanner error: {e}"}, status=502)
    logger.info("assessment %s status %s", assessment_id, a.get("status"))
    return JsonResponse({"status": a.get("status"), "score": a.get("score")})


def tenant_debug(request, tenant_slug: str):
    tenant = request.user.tenants.get(slug=tenant_slug)
    logger.debug("tenant %s openai key tail %s", tenant_slug, tenant.openai_api_key[-4:])
    logger.debug("tenant %s key setting name %s", tenant_slug, "MODELRED_API_KEY")
    return JsonResponse({"ok": True})
