"""Identity-token exchange for a provider's workload identity (enum codes and env names)."""
import enum
import logging
import os
from pathlib import Path

import requests

logger = logging.getLogger("acme.identity")

ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"
TOKEN_FILE_ENV = "ACME_IDENTITY_TOKEN_FILE"
EXCHANGE_URL = "https://auth.acme-llm.example/v1/token-exchange"


class ErrorCode(enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_TOKEN = "invalid_token"
    MISSING_TOKEN = "missing_token"


class ExchangeError(Exception):
    def __init__(self, code: ErrorCode, detail: str = ""):
        super().__init__(f"{code.value}: {detail}")
        self.code = code


def token_source() -> dict:
    if TOKEN_FILE_ENV in os.environ:
        return {"source": "file", "path": os.environ[TOKEN_FILE_ENV]}
    return {"source": "env", "var": ENV_TOKEN_VAR}


def read_identity_token() -> str:
    source = token_source()
    logger.debug("reading identity token from %s", source)
    if source["source"] == "file":
        token = Path(source["path"]).read_text().strip()
    else:
        token = os.environ.get(ENV_TOKEN_VAR, "")
    if not token:
        raise ExchangeError(ErrorCode.MISSING_TOKEN, f"no identity token found (looked at {source})")
    return token


def exchange() -> str:
    identity_token = read_identity_token()
    resp = requests.post(EXCHANGE_URL, json={"subject_token": identity_token, "grant_type": "token-exchange"}, timeout=15)
    if resp.status_code == 401:
        code = ErrorCode.EXPIRED_TOKEN if "expired" in resp.text else ErrorCode.INVALID_TOKEN
        logger.error("exchange rejected with %s", code)
        raise ExchangeError(code, f"subject token {identity_token} was not accepted")
    body = resp.json()
    logger.info("exchanged identity token, got %s valid for %ss", body.get("issued_token_type"), body.get("expires_in"))
    return body["access_token"]
