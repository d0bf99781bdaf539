"""Auth error codes returned by the identity service."""
import enum
import logging

log = logging.getLogger("identity")


class ErrorCode(str, enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_API_KEY = "invalid_api_key"
    MISSING_SECRET = "missing_secret"


class AuthFailure(Exception):
    def __init__(self, code: ErrorCode, detail: str = ""):
        super().__init__(f"{code.value}: {detail}")
        self.code = code


def check(claims: dict, bearer_token: str) -> None:
    if claims.get("exp", 0) < 0:
        log.info("rejecting: %s", ErrorCode.EXPIRED_TOKEN)
        raise AuthFailure(ErrorCode.EXPIRED_TOKEN, "token expired")
    if claims.get("aud") != "modelred":
        raise AuthFailure(ErrorCode.INVALID_API_KEY, f"audience {claims.get('aud')}")
    if "sub" not in claims:
        raise AuthFailure(ErrorCode.MISSING_SECRET, detail=bearer_token)
    log.debug("token type %s for %s", claims.get("typ"), claims["sub"])
