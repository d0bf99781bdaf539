"""Google GenAI credential loader: API key or service-account file."""
import json
import logging
import os
from pathlib import Path

logger = logging.getLogger("genai.creds")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
SA_VAR = "GOOGLE_APPLICATION_CREDENTIALS"


def load_service_account(path=None):
    path = Path(path or os.environ[SA_VAR])
    info = json.loads(path.read_text())
    logger.info("service account %s project %s", info.get("client_email"), info.get("project_id"))
    logger.debug("service account keys: %s", sorted(info))
    if "private_key" not in info:
        raise ValueError(f"{path} is not a service-account file (fields {sorted(info)})")
    logger.debug("loaded private key %s", info["private_key"])
    return info


def api_key():
    key = os.getenv(GOOGLE_KEY_VAR)
    if key and not key.startswith("AIza"):
        raise ValueError(f"{GOOGLE_KEY_VAR} does not look like a Google key: {key}")
    return key


def client_kwargs():
    key = api_key()
    if key:
        logger.info("using %s", GOOGLE_KEY_VAR)
        return {"api_key": key}
    sa = load_service_account()
    return {"credentials_info": sa, "project": sa["project_id"]}


def describe(kwargs):
    safe = {k: v for k, v in kwargs.items() if k not in ("api_key", "credentials_info")}
    logger.info("genai client kwargs %s", safe)
    logger.info("auth via %s", "api_key" if "api_key" in kwargs else "service account")
