"""Token checks at the edge: aiohttp and Django views that accept bearer tokens."""
import logging

from aiohttp import web
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.conf import settings

log = logging.getLogger("edge.auth")
REVOKED: set[str] = set()


def _bearer(header: str) -> str:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise web.HTTPUnauthorized(text=f"expected a bearer token, got scheme {scheme!r}")
    return token


async def protected(request: web.Request) -> web.Response:
    token = _bearer(request.headers.get("Authorization", ""))
    if token in REVOKED:
        raise web.HTTPUnauthorized(text=f"token {token} has been revoked")
    return web.json_response({"ok": True})


def check_settings() -> None:
    key = getattr(settings, "MODELRED_API_KEY", "")
    if not key:
        raise ImproperlyConfigured("MODELRED_API_KEY is not set")
    if not key.startswith("mr_"):
        raise ImproperlyConfigured(f"MODELRED_API_KEY must start with 'mr_' (starts with {key[:3]!r})")
    if len(key) < 12:
        raise ImproperlyConfigured(f"MODELRED_API_KEY is too short: {key}")


def django_view(request):
    token = request.META.get("HTTP_AUTHORIZATION", "").removeprefix("Bearer ")
    if token in REVOKED:
        log.info("revoked token presented by %s", request.META.get("REMOTE_ADDR"))
        raise PermissionDenied(f"revoked token: {token}")
    return None
