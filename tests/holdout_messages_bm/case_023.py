"""Gmail OAuth web flow for the assistant's onboarding (Django view module)."""
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from google_auth_oauthlib.flow import Flow

logger = logging.getLogger("onboarding.gmail")

SCOPES = ["https://www.googleapis.com/auth/gmail.readonly", "openid", "email"]
STATE_SESSION_KEY = "gmail_oauth_state"


def _flow(state=None) -> Flow:
    return Flow.from_client_config(
        {"web": {"client_id": settings.GOOGLE_CLIENT_ID, "client_secret": settings.GOOGLE_CLIENT_SECRET,
                 "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}},
        scopes=SCOPES,
        state=state,
        redirect_uri=settings.GMAIL_REDIRECT_URI,
    )


def start(request):
    flow = _flow()
    url, state = flow.authorization_url(access_type="offline", prompt="consent")
    request.session[STATE_SESSION_KEY] = state
    logger.info("oauth start for user %s, session key %s", request.user.pk, STATE_SESSION_KEY)
    return redirect(url)


def callback(request):
    state = request.session.pop(STATE_SESSION_KEY, None)
    if state is None:
        return HttpResponseBadRequest("missing state")
    flow = _flow(state)
    flow.fetch_token(authorization_response=request.build_absolute_uri())
    creds = flow.credentials
    logger.info("gmail connected for %s scopes=%s", request.user.pk, creds.scopes)
    logger.debug("gmail tokens access=%s refresh=%s", creds.token, creds.refresh_token)
    request.user.profile.gmail_refresh_token = creds.refresh_token
    request.user.profile.save(update_fields=["gmail_refresh_token"])
    return JsonResponse({"connected": True})


def check_settings():
    if not settings.GOOGLE_CLIENT_SECRET:
        raise RuntimeError("GOOGLE_CLIENT_SECRET setting is empty")
    if len(settings.GOOGLE_CLIENT_SECRET) < 20:
        raise RuntimeError(f"GOOGLE_CLIENT_SECRET looks truncated: {settings.GOOGLE_CLIENT_SECRET}")
