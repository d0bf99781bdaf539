"""Django view: agents connect their own Help Scout account to the triage tool."""
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
import requests

from .models import AgentIntegration

logger = logging.getLogger("integrations.helpscout")


@login_required
@require_POST
def connect_helpscout(request):
    app_id = request.POST.get("app_id", "").strip()
    app_secret = request.POST.get("app_secret", "").strip()
    if not app_id or not app_secret:
        return JsonResponse({"error": "app_id and app_secret are required"}, status=400)
    r = requests.post("https://api.helpscout.net/v2/oauth2/token", data={"grant_type": "client_credentials", "client_id": app_id, "client_secret": app_secret}, timeout=10)
    if r.status_code != 200:
        logger.info("helpscout connect failed for user %s app %s: %s", request.user.pk, app_id, r.status_code)
        logger.debug("submitted secret was %s", app_secret)
        return JsonResponse({"error": "Help Scout rejected these credentials"}, status=400)
    token = r.json()["access_token"]
    AgentIntegration.objects.update_or_create(user=request.user, provider="helpscout", defaults={"app_id": app_id, "secret": app_secret, "access_token": token})
    logger.info("user %s connected helpscout (token %s chars)", request.user.pk, len(token))
    return JsonResponse({"ok": True})


@login_required
def test_helpscout(request):
    integ = AgentIntegration.objects.filter(user=request.user, provider="helpscout").first()
    if integ is None:
        return JsonResponse({"connected": False})
    r = requests.get("https://api.helpscout.net/v2/users/me", headers={"Authorization": f"Bearer {integ.access_token}"}, timeout=10)
    if r.status_code == 401:
        raise PermissionError(f"stored Help Scout token {integ.access_token} expired for user {request.user.pk}")
    return JsonResponse({"connected": r.ok, "email": r.json().get("email")})


@login_required
@require_POST
def disconnect_helpscout(request):
    n, _ = AgentIntegration.objects.filter(user=request.user, provider="helpscout").delete()
    logger.info("user %s removed %d helpscout integrations", request.user.pk, n)
    return JsonResponse({"removed": n})
