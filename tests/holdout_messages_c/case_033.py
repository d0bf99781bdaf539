"""Auth helper for the partner API: messages assembled step by step."""
import logging

import requests

logger = logging.getLogger(__name__)


class AuthError(Exception):
    pass


class UpstreamError(Exception):
    pass


class ConfigError(Exception):
    pass


def authenticate(session: requests.Session, base_url: str, api_key: str) -> str:
    if not base_url.startswith("https://"):
        msg = "partner API must be reached over https"
        raise ConfigError(msg)
    resp = session.post(f"{base_url}/auth", json={"key": api_key}, timeout=10)
    if resp.status_code == 403:
        msg = f"Could not authenticate with key {api_key} at {base_url}"
        logger.error("partner auth failed (%s)", resp.status_code)
        raise AuthError(msg)
    return resp.json()["session"]


def fetch(session: requests.Session, base_url: str, token: str, path: str, verbose: bool = False) -> dict:
    resp = session.get(f"{base_url}{path}", headers={"X-Partner-Token": token}, timeout=10)
    if resp.ok:
        return resp.json()
    parts = [f"upstream rejected {path}", f"status={resp.status_code}"]
    if verbose:
        parts.append(f"token={token}")
    detail = f"model {path.rsplit('/', 1)[-1]} unavailable"
    logger.warning(detail)
    raise UpstreamError("; ".join(parts))
