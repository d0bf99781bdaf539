"""Middleware: per-tenant BYO provider key from a request header."""
import logging

from django.http import JsonResponse

logger = logging.getLogger("tenancy.middleware")

BYO_HEADER = "X-Provider-Key"
TENANT_HEADER = "X-Tenant"


class ProviderKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tenant = request.headers.get(TENANT_HEADER, "")
        byo_key = request.headers.get(BYO_HEADER)
        request.provider_key = None
        if byo_key:
            if not (byo_key.startswith("sk-") or byo_key.startswith("sk-ant-")):
                logger.info("tenant %s sent an unrecognised provider key: %s", tenant, byo_key)
                return JsonResponse({"detail": f"unsupported key format in {BYO_HEADER}"}, status=400)
            request.provider_key = byo_key
            logger.debug("tenant %s using BYO key (len=%d, prefix=%s)", tenant, len(byo_key), byo_key[:3])
        response = self.get_response(request)
        if response.status_code >= 500:
            logger.error("5xx for tenant %s on %s; auth header was %s", tenant, request.path, request.headers.get("Authorization"))
        return response

    def process_exception(self, request, exception):
        logger.exception("unhandled error for tenant %s", request.headers.get(TENANT_HEADER))
        return None


class StripProviderKeyFromLogsFilter(logging.Filter):
    def filter(self, record):
        if isinstance(record.args, dict) and "provider_key" in record.args:
            record.args = {k: v for k, v in record.args.items() if k != "provider_key"}
        return True


def debug_request(request):
    safe = {k: v for k, v in request.headers.items() if k not in (BYO_HEADER, "Authorization", "Cookie")}
    logger.debug("request headers: %s", safe)
    return safe
