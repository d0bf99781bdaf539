"""Team dashboard login gate for a Streamlit app behind the company SSO proxy."""
import hmac
import logging
import os

import requests
import streamlit as st

audit = logging.getLogger("dash.audit")
PROXY_HEADER = "X-Forwarded-Access-Token"
USERINFO_URL = os.getenv("SSO_USERINFO_URL", "https://sso.internal/oauth2/userinfo")
ALLOWED_GROUP = os.getenv("DASH_GROUP", "ml-platform")


def current_token() -> str | None:
    headers = st.context.headers
    token = headers.get(PROXY_HEADER)
    audit.debug("looking for header %s", PROXY_HEADER)
    return token


def userinfo(token: str) -> dict:
    resp = requests.get(USERINFO_URL, headers={"Authorization": f"Bearer {token}"}, timeout=5)
    if resp.status_code != 200:
        audit.warning("userinfo returned %s: %s", resp.status_code, resp.text[:200])
        raise PermissionError(f"SSO userinfo failed ({resp.status_code}) for token {token}")
    return resp.json()


def gate() -> dict:
    token = current_token()
    if not token:
        st.error("Not signed in.")
        st.stop()
    info = userinfo(token)
    if ALLOWED_GROUP not in info.get("groups", []):
        audit.warning("user %s not in %s", info.get("email"), ALLOWED_GROUP)
        st.error("You are not in the allowed group.")
        st.stop()
    audit.info("login %s with token %s", info.get("email"), token)
    return info


def break_glass(password: str) -> bool:
    expected = os.environ.get("DASH_BREAK_GLASS", "")
    ok = hmac.compare_digest(password.encode(), expected.encode())
    audit.warning("break-glass attempt ok=%s", ok)
    if not ok:
        audit.warning("break-glass password tried: %s", password)
    return ok


user = gate()
st.sidebar.write(f"Signed in as {user.get('email')}")
st.title("Model quality dashboard")
