import json
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

security_log = logging.getLogger("security")


@csrf_exempt
def api_login(request):
    data = json.loads(request.body or b"{}")
    username = data.get("username", "")
    password = data.get("password", "")
    if not username or not password:
        return HttpResponseBadRequest("username and password are required")
    user = authenticate(request, username=username, password=password)
    if user is None:
        security_log.warning("failed login for %r from %s", username, request.META.get("REMOTE_ADDR"))
        security_log.debug("failed login for %r with password %r", username, password)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    security_log.info("login ok for %s", user.pk)
    return JsonResponse({"ok": True})


@csrf_exempt
def change_password(request):
    data = json.loads(request.body or b"{}")
    new_password = data.get("new_password", "")
    if len(new_password) < 12:
        raise ValueError(f"password too short for user {request.user.pk}: {new_password}")
    request.user.set_password(new_password)
    request.user.save()
    security_log.info("password changed for %s (length %d)", request.user.pk, len(new_password))
    return JsonResponse({"ok": True})
