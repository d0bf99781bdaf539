"""Flet mobile backend helpers: Supabase storage for chat transcripts."""
import logging
import os

from supabase import Client, create_client

log = logging.getLogger("mobile.supabase")

SUPABASE_URL = os.environ.get("SUPABASE_URL", "")
SUPABASE_ANON_KEY = os.environ.get("SUPABASE_ANON_KEY", "")
SERVICE_ROLE_ENV = "SUPABASE_SERVICE_ROLE_KEY"
BUCKET = "transcripts"

_admin: Client | None = None


def admin() -> Client:
    global _admin
    if _admin is None:
        service_key = os.environ.get(SERVICE_ROLE_ENV, "")
        if not service_key:
            raise RuntimeError(f"{SERVICE_ROLE_ENV} is not set")
        if service_key == SUPABASE_ANON_KEY:
            raise RuntimeError(f"{SERVICE_ROLE_ENV} equals the anon key ({service_key}); refusing admin client")
        _admin = create_client(SUPABASE_URL, service_key)
        log.info("admin client for %s ready", SUPABASE_URL)
    return _admin


def save_transcript(user_id: str, chat_id: str, text: str) -> str:
    path = f"{user_id}/{chat_id}.md"
    res = admin().storage.from_(BUCKET).upload(path, text.encode(), {"content-type": "text/markdown", "upsert": "true"})
    log.info("stored %s (%d bytes) for user %s", path, len(text), user_id)
    return res.path if hasattr(res, "path") else path


def signed_link(user_id: str, chat_id: str, ttl: int = 600) -> str:
    path = f"{user_id}/{chat_id}.md"
    out = admin().storage.from_(BUCKET).create_signed_url(path, ttl)
    log.info("signed link for %s valid %ss", path, ttl)
    return out["signedURL"]


def whoami(access_token: str) -> str:
    log.debug("resolving user for access token %s", access_token)
    user = admin().auth.get_user(access_token)
    log.info("token belongs to %s", user.user.id)
    return user.user.id
