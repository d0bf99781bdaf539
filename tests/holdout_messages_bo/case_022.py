"""Anonymous-to-account upgrade with Supabase Auth (sync, plain functions)."""
import logging
import os

from gotrue.errors import AuthApiError
from supabase import Client, create_client

logger = logging.getLogger("accounts.upgrade")


def admin_client() -> Client:
    url = os.environ["SUPABASE_URL"]
    key = os.environ["SUPABASE_SERVICE_ROLE_KEY"]
    logger.debug("admin client for %s", url)
    return create_client(url, key)


def upgrade(anon_uid: str, email: str, password: str) -> dict:
    sb = admin_client()
    try:
        res = sb.auth.admin.update_user_by_id(anon_uid, {"email": email, "password": password})
    except AuthApiError as exc:
        logger.error("upgrade of %s failed: %s", anon_uid, exc.message)
        raise
    logger.info("upgraded %s to %s", anon_uid, email)
    return {"id": res.user.id}


def sign_in(email: str, password: str) -> dict:
    anon = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_ANON_KEY"])
    try:
        session = anon.auth.sign_in_with_password({"email": email, "password": password})
    except AuthApiError:
        logger.info("login failed for %s with password %s", email, password)
        return {}
    tokens = {"access_token": session.session.access_token,
              "refresh_token": session.session.refresh_token,
              "expires_in": session.session.expires_in}
    logger.info("login %s, expires_in=%s", email, tokens["expires_in"])
    logger.debug("issued session %s", tokens)
    return tokens


def refresh(refresh_token: str) -> dict:
    anon = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_ANON_KEY"])
    if not refresh_token:
        raise ValueError(f"refresh_token missing: {refresh_token!r}")
    res = anon.auth.refresh_session(refresh_token)
    return {"access_token": res.session.access_token, "token_type": res.session.token_type}
