"""Error codes and environment names of the auth layer; nothing here holds a secret."""
import enum
import logging
import os

log = logging.getLogger("auth.codes")

TOKEN_ENV_VAR = "ACME_IDENTITY_TOKEN"
API_KEY_HEADER = "X-ModelRed-Key"
DISABLE_IMPLICIT_TOKEN = False
TOKEN_TTL_SECONDS = 3600


class TokenError(enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_TOKEN = "invalid_token"
    MISSING_API_KEY = "missing_api_key"


class AuthFailed(Exception):
    def __init__(self, code: TokenError, detail: str = ""):
        super().__init__(f"{code.value}: {detail}")
        self.code = code


def read_identity_token() -> str:
    token = os.environ.get(TOKEN_ENV_VAR)
    if token is None:
        raise AuthFailed(TokenError.MISSING_API_KEY, f"set {TOKEN_ENV_VAR} or pass {API_KEY_HEADER}")
    if not token.strip():
        raise AuthFailed(TokenError.INVALID_TOKEN, f"{TOKEN_ENV_VAR} is blank: {token!r}")
    log.info("identity token from %s (ttl %ss, implicit=%s)", TOKEN_ENV_VAR, TOKEN_TTL_SECONDS, not DISABLE_IMPLICIT_TOKEN)
    return token


def explain(code: TokenError) -> str:
    log.warning("auth failure %s (%s)", code, code.name)
    if code is TokenError.EXPIRED_TOKEN:
        return "Your session has expired; sign in again."
    return f"Authentication failed ({code.value})."


def reject(token: str) -> None:
    log.warning("rejecting identity token %s", token)
    raise AuthFailed(TokenError.INVALID_TOKEN, "token rejected by the identity provider")
