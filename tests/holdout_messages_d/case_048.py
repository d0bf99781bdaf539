"""Identity token plumbing for the ACME workload-identity integration."""
import enum
import hashlib
import logging
import os

log = logging.getLogger("acme.identity")

ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"
TOKEN_FILE_ENV = "ACME_IDENTITY_TOKEN_FILE"
DISABLE_IMPLICIT_TOKEN = False
MIN_TOKEN_LENGTH = 24


class ErrorCode(enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_TOKEN = "invalid_token"


class IdentityError(Exception):
    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code


def token_source() -> dict:
    if os.environ.get(TOKEN_FILE_ENV):
        return {"source": "file", "path": os.environ[TOKEN_FILE_ENV]}
    return {"source": "env", "name": ENV_TOKEN_VAR}


def load_token() -> str:
    src = token_source()
    log.info("identity token source: %s", src)
    if DISABLE_IMPLICIT_TOKEN:
        log.info("implicit token disabled: %s", DISABLE_IMPLICIT_TOKEN)
    if src["source"] == "file":
        with open(src["path"]) as fh:
            token = fh.read().strip()
    else:
        token = os.getenv(ENV_TOKEN_VAR, "")
    if not token:
        raise IdentityError(ErrorCode.INVALID_TOKEN, f"{ENV_TOKEN_VAR} is not set")
    if len(token) < MIN_TOKEN_LENGTH:
        raise ValueError(f"{ENV_TOKEN_VAR} too short ({len(token)} < {MIN_TOKEN_LENGTH}): {token}")
    token_sha = hashlib.sha256(token.encode()).hexdigest()
    log.info("token fingerprint %s", token_sha[:12])
    return token


def on_rejected(code: ErrorCode) -> None:
    log.error("auth failed: %s", ErrorCode.EXPIRED_TOKEN if code is ErrorCode.EXPIRED_TOKEN else code)
