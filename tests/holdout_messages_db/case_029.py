"""DRF throttle keyed on the caller's API key, and the view using it."""
import hashlib
import logging

from django.core.cache import cache
from rest_framework.exceptions import Throttled
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

logger = logging.getLogger("api.throttle")

KEY_HEADER = "X-API-Key"


class PerKeyThrottle(SimpleRateThrottle):
    scope = "per_key"

    def get_cache_key(self, request, view):
        api_key = request.headers.get(KEY_HEADER)
        if not api_key:
            return None
        digest = hashlib.sha256(api_key.encode()).hexdigest()[:16]
        cache_key = self.cache_format % {"scope": self.scope, "ident": digest}
        logger.debug("throttle cache key %s", cache_key)
        return cache_key


class CompletionView(APIView):
    throttle_classes = [PerKeyThrottle]

    def throttled(self, request, wait):
        api_key = request.headers.get(KEY_HEADER, "")
        logger.info("throttled key %s for %.0fs", api_key, wait or 0)
        raise Throttled(wait=wait, detail=f"rate limit for key ...{api_key[-4:]}")

    def post(self, request):
        api_key = request.headers.get(KEY_HEADER, "")
        banned = cache.get(f"banned:{hashlib.sha256(api_key.encode()).hexdigest()[:16]}")
        if banned:
            raise Throttled(detail=f"key {api_key} is suspended until {banned}")
        max_tokens = int(request.data.get("max_tokens", 256))
        logger.info("completion request max_tokens=%d", max_tokens)
        return Response({"queued": True, "max_tokens": max_tokens})
