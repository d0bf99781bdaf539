"""Enums and constants for an auth layer; none of these values is a secret."""
import enum
import logging
import os

logger = logging.getLogger("authlayer")

API_KEY_HEADER = "X-API-Key"
TOKEN_ENV_VAR = "LLM_GATEWAY_TOKEN"
REQUIRE_TOKEN = True
TOKEN_TTL_SECONDS = 3600
DEFAULT_TOKEN_LIMIT = 8192


class TokenType(enum.Enum):
    BEARER = "bearer"
    API_KEY = "api_key"
    SESSION = "session"


class AuthFailure(enum.Enum):
    MISSING_TOKEN = "missing_token"
    EXPIRED_TOKEN = "expired_token"
    INVALID_API_KEY = "invalid_api_key"


class AuthError(Exception):
    def __init__(self, failure: AuthFailure):
        super().__init__(f"authentication failed: {failure.value}")
        self.failure = failure


def describe() -> None:
    logger.info("auth header %s, token from $%s, required=%s", API_KEY_HEADER, TOKEN_ENV_VAR, REQUIRE_TOKEN)
    logger.info("token types: %s", [t.value for t in TokenType])
    logger.info("tokens live %ds, default completion limit %d tokens", TOKEN_TTL_SECONDS, DEFAULT_TOKEN_LIMIT)


def gateway_token() -> str:
    token = os.environ.get(TOKEN_ENV_VAR, "")
    if REQUIRE_TOKEN and not token:
        raise AuthError(AuthFailure.MISSING_TOKEN)
    logger.debug("gateway token type %s loaded", TokenType.BEARER)
    return token


def check(headers: dict[str, str], expected_token: str) -> TokenType:
    presented = headers.get(API_KEY_HEADER)
    if presented is None:
        raise AuthError(AuthFailure.MISSING_TOKEN)
    if presented != expected_token:
        logger.warning("rejected %s header %s, expected %s", API_KEY_HEADER, presented, expected_token)
        raise AuthError(AuthFailure.INVALID_API_KEY)
    return TokenType.API_KEY
