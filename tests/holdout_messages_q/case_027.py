"""Token storage and lookup for the model-hub client."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Optional

import requests

logger = logging.getLogger(__name__)

HUB_ENDPOINT = os.environ.get("MODELHUB_ENDPOINT", "https://modelhub.co")
TOKEN_PATH = Path(os.environ.get("MODELHUB_TOKEN_PATH", Path.home() / ".cache" / "modelhub" / "token"))
TOKEN_ENV_VARS = ("MODELHUB_TOKEN", "MODELHUB_HUB_TOKEN")


def get_token() -> Optional[str]:
    for name in TOKEN_ENV_VARS:
        value = os.environ.get(name)
        if value:
            return value.strip()
    if TOKEN_PATH.exists():
        return TOKEN_PATH.read_text().strip() or None
    return None


def whoami(token: Optional[str] = None) -> dict:
    token = token or get_token()
    resp = requests.get(f"{HUB_ENDPOINT}/api/whoami-v2", headers={"authorization": f"Bearer {token}"}, timeout=10)
    if resp.status_code == 401:
        raise EnvironmentError(f"Invalid user token. The token from {TOKEN_PATH} or {', '.join(TOKEN_ENV_VARS)} was rejected (HTTP 401)")
    resp.raise_for_status()
    return resp.json()


def login(token: str, add_to_git_credential: bool = False) -> None:
    info = whoami(token)
    permission = info.get("auth", {}).get("accessToken", {}).get("role", "unknown")
    logger.info("token is valid (permission: %s) for user %s", permission, info.get("name"))
    if permission != "write":
        logger.warning("Token %s has %s permission only; pushing models will fail", token, permission)
    TOKEN_PATH.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_PATH.write_text(token)
    os.chmod(TOKEN_PATH, 0o600)
    logger.info("Your token has been saved to %s", TOKEN_PATH)
    if add_to_git_credential:
        helper_line = f"https://user:{get_token()}@{HUB_ENDPOINT.split('://', 1)[1]}"
        logger.debug("storing git credential %s", helper_line)


def logout() -> None:
    token = get_token()
    if token is None:
        logger.warning("not logged in (no token in %s)", TOKEN_PATH)
        return
    TOKEN_PATH.unlink(missing_ok=True)
    logger.info("removed token ending in %s", token[-4:])
