"""Shared client factory for our Streamlit apps (imported by every page)."""
import os

import streamlit as st
from modelred import ModelRed as Client, AsyncModelRed

KEY_ENV = "MODELRED_API_KEY"
TIMEOUT = 25.0
CACHE_TTL = 600


def _read_key() -> str:
    key = st.secrets.get("modelred", {}).get("api_key") or os.environ.get(KEY_ENV, "")
    if not key:
        raise RuntimeError(f"No ModelRed key: set [modelred].api_key in secrets.toml or {KEY_ENV}")
    if len(key) < 12:
        raise RuntimeError(f"ModelRed key too short: {key!r}")
    return key


@st.cache_resource(ttl=CACHE_TTL)
def get_client() -> Client:
    return Client(_read_key(), timeout=TIMEOUT, max_retries=2)


@st.cache_resource(ttl=CACHE_TTL)
def get_async_client() -> AsyncModelRed:
    return AsyncModelRed(_read_key(), timeout=TIMEOUT)


def require_admin(token: str) -> None:
    expected = st.secrets["admin"]["token"]
    if token != expected:
        raise PermissionError("admin token " + token + " does not match")


def status_badge() -> str:
    try:
        key = _read_key()
    except RuntimeError as exc:
        return f"not configured ({type(exc).__name__})"
    return f"configured, ends with {key[-4:]}"


def secrets_summary() -> dict:
    section = st.secrets.get("modelred", {})
    return {"has_key": "api_key" in section, "timeout": TIMEOUT, "fields": sorted(section)}


def reset_cache() -> None:
    get_client.clear()
    get_async_client.clear()
