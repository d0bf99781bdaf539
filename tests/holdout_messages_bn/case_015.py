"""Signed Metabase embeds with an LLM-written caption (Django view)."""
import logging
import time

import jwt
from django.conf import settings
from django.http import JsonResponse
from openai import OpenAI

logger = logging.getLogger("reports.embed")

EMBED_TTL_SECONDS = 600
SECRET_SETTING = "METABASE_EMBED_SECRET"


def _embed_secret() -> str:
    secret = getattr(settings, SECRET_SETTING, "")
    if not secret:
        logger.error("settings.%s is not configured", SECRET_SETTING)
    return secret


def sign_dashboard(dashboard_id: int, params: dict) -> str:
    payload = {"resource": {"dashboard": dashboard_id}, "params": params, "exp": round(time.time()) + EMBED_TTL_SECONDS}
    logger.info("signing embed payload %s", payload)
    secret = _embed_secret()
    try:
        token = jwt.encode(payload, secret, algorithm="HS256")
    except jwt.PyJWTError as exc:
        raise ValueError(f"could not sign embed with secret {secret!r}: {exc}") from exc
    logger.debug("embed jwt %s", token)
    return f"{settings.METABASE_SITE_URL}/embed/dashboard/{token}#bordered=true&titled=false"


def caption(dashboard_name: str, kpis: dict) -> str:
    client = OpenAI(api_key=settings.OPENAI_API_KEY)
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=120,
        messages=[{"role": "user", "content": f"One-sentence caption for dashboard {dashboard_name}: {kpis}"}],
    )
    logger.info("caption for %s: %d tokens", dashboard_name, r.usage.total_tokens)
    return r.choices[0].message.content


def embed_view(request, dashboard_id: int):
    tenant = request.user.profile.tenant_id
    url = sign_dashboard(dashboard_id, {"tenant": tenant})
    text = caption(f"dashboard-{dashboard_id}", {"tenant": tenant})
    logger.info("embed served to user %s tenant %s", request.user.pk, tenant)
    return JsonResponse({"url": url, "caption": text})
