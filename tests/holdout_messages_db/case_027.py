"""OAuth2 callback connecting a Google Drive folder to the knowledge-base ingester."""
import logging

import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousOperation
from django.shortcuts import redirect

from kb.models import DriveConnection

logger = logging.getLogger("kb.oauth")

TOKEN_URL = "https://oauth2.googleapis.com/token"


@login_required
def drive_callback(request):
    state = request.GET.get("state", "")
    if state != request.session.pop("drive_oauth_state", None):
        raise SuspiciousOperation("OAuth state mismatch")
    if "error" in request.GET:
        logger.info("user %s declined drive consent: %s", request.user.pk, request.GET["error"])
        return redirect("kb-settings")
    resp = requests.post(TOKEN_URL, data={
        "code": request.GET["code"],
        "client_id": settings.GOOGLE_CLIENT_ID,
        "client_secret": settings.GOOGLE_CLIENT_SECRET,
        "redirect_uri": request.build_absolute_uri("/kb/drive/callback"),
        "grant_type": "authorization_code",
    }, timeout=15)
    if resp.status_code != 200:
        logger.error("token exchange failed %s: %s", resp.status_code, resp.text[:300])
        return redirect("kb-settings")
    tokens = resp.json()
    logger.info("drive connected for %s: token_type=%s expires_in=%s scope=%s", request.user.pk,
                tokens.get("token_type"), tokens.get("expires_in"), tokens.get("scope"))
    logger.debug("google token response: %s", tokens)
    DriveConnection.objects.update_or_create(
        user=request.user,
        defaults={"access_token": tokens["access_token"], "refresh_token": tokens.get("refresh_token", ""),
                  "expires_in": tokens.get("expires_in", 3600)},
    )
    return redirect("kb-settings")


def disconnect(request):
    conn = DriveConnection.objects.filter(user=request.user).first()
    if conn is None:
        return redirect("kb-settings")
    r = requests.post("https://oauth2.googleapis.com/revoke", params={"token": conn.refresh_token}, timeout=10)
    logger.info("revoke for %s returned %s", request.user.pk, r.status_code)
    conn.delete()
    return redirect("kb-settings")
