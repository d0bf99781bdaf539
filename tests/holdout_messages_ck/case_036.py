"""Candidate portal login (Django REST framework) with magic-link tokens."""
import logging
import secrets
from datetime import timedelta

from django.core import signing
from django.core.mail import send_mail
from django.utils import timezone
from rest_framework.decorators import api_view
from rest_framework.response import Response

portal_log = logging.getLogger("portal.auth")

LINK_TTL = timedelta(minutes=20)
TOKEN_BYTES = 32
SALT = "candidate-portal-login"


def mint_link(candidate_id: int) -> str:
    nonce = secrets.token_urlsafe(TOKEN_BYTES)
    token = signing.dumps({"cid": candidate_id, "n": nonce}, salt=SALT)
    portal_log.info("magic link minted for candidate %s, ttl %s", candidate_id, LINK_TTL)
    portal_log.debug("magic link token %s", token)
    return f"https://careers.acme.io/portal/login?token={token}"


@api_view(["POST"])
def request_link(request):
    email = request.data.get("email", "")
    cid = request.data.get("candidate_id")
    link = mint_link(cid)
    send_mail("Your login link", f"Sign in: {link}", "careers@acme.io", [email])
    portal_log.info("login link sent to candidate %s (token bytes %d)", cid, TOKEN_BYTES)
    return Response({"sent": True})


@api_view(["GET"])
def login(request):
    token = request.query_params.get("token", "")
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_TTL.total_seconds())
    except signing.SignatureExpired:
        portal_log.warning("expired login token %s", token)
        return Response({"error": "link expired"}, status=401)
    except signing.BadSignature:
        portal_log.warning("bad login token from %s (len %d)", request.META.get("REMOTE_ADDR"), len(token))
        return Response({"error": "invalid link"}, status=401)
    request.session["candidate_id"] = data["cid"]
    request.session["login_at"] = timezone.now().isoformat()
    return Response({"candidate_id": data["cid"]})
