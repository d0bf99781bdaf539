"""Django CSRF failure view and session hardening for the chat console."""

import logging

from django.conf import settings
from django.http import HttpResponseForbidden
from django.middleware.csrf import REASON_NO_CSRF_COOKIE, get_token
from django.template.loader import render_to_string

security = logging.getLogger("security.csrf")


def csrf_failure(request, reason=""):
    cookie_names = sorted(request.COOKIES)
    security.warning("CSRF failure on %s %s: %s (cookies present: %s)", request.method, request.path, reason, cookie_names)
    if reason == REASON_NO_CSRF_COOKIE:
        security.info("no CSRF cookie from %s, user agent %s", request.META.get("REMOTE_ADDR"), request.META.get("HTTP_USER_AGENT"))
    else:
        security.debug("cookies on failed request: %s", request.COOKIES)
    html = render_to_string("403_csrf.html", {"reason": "Your session expired, reload the page."})
    return HttpResponseForbidden(html)


def rotate_session(request) -> None:
    old_key = request.session.session_key
    request.session.cycle_key()
    security.info("session cycled for user %s", request.user.pk)
    security.debug("session key %s replaced by %s", old_key, request.session.session_key)


def csrf_debug(request) -> dict:
    token = get_token(request)
    info = {
        "cookie_name": settings.CSRF_COOKIE_NAME,
        "header": settings.CSRF_HEADER_NAME,
        "token_length": len(token),
        "trusted_origins": settings.CSRF_TRUSTED_ORIGINS,
    }
    security.debug("csrf config: %s", info)
    return info


def check_secret_key() -> None:
    key = settings.SECRET_KEY
    if key.startswith("django-insecure-"):
        raise RuntimeError("SECRET_KEY is the insecure development key; set DJANGO_SECRET_KEY")
    if len(set(key)) < 5:
        raise RuntimeError(f"SECRET_KEY has too little entropy: {key}")
