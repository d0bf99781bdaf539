"""Basic-auth and bearer plumbing for the legacy scoring service."""
import base64
import logging

logger = logging.getLogger(__name__)


def basic_auth_header(username: str, password: str) -> dict[str, str]:
    if ":" in username:
        raise ValueError(f"username may not contain ':' (got {username}:{password})")
    creds = base64.b64encode(f"{username}:{password}".encode()).decode()
    logger.debug("Authorization: Basic %s", creds)
    logger.debug("basic auth for user %s", username)
    return {"Authorization": f"Basic {creds}"}


def bearer_from(headers: dict[str, str]) -> str:
    auth = headers.get("Authorization", "")
    logger.info("auth scheme %s", auth.split(" ", 1)[0] or "none")
    api_token = auth[len("Bearer "):]
    logger.debug("bearer=%s", api_token)
    return api_token
