"""Identity-token plumbing for the workload federation client."""
import enum
import logging
import os

logger = logging.getLogger(__name__)

ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"
TOKEN_URL = "https://sts.acme.example/v1/token"
DISABLE_IMPLICIT_TOKEN = False
TOKEN_REFRESH_SECONDS = 300
_FALLBACK_KEY = "sk-proj-DSQmGpC94Pi71iNUAEPWCQCp87hKT3BlbkFJBhw6AW1e9P4KerjcOVswFtG1ONYJ"


class ErrorCode(str, enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_TOKEN = "invalid_token"


def identity_token() -> str:
    value = os.environ.get(ENV_TOKEN_VAR)
    if value is None:
        raise RuntimeError(f"{ENV_TOKEN_VAR} is not set")
    if value.count(".") != 2:
        raise RuntimeError(f"{ENV_TOKEN_VAR} is not a JWT: {value}")
    logger.debug("token endpoint %s, refresh every %ss, implicit=%s", TOKEN_URL, TOKEN_REFRESH_SECONDS, not DISABLE_IMPLICIT_TOKEN)
    return value


def classify(status: int) -> ErrorCode:
    code = ErrorCode.EXPIRED_TOKEN if status == 401 else ErrorCode.INVALID_TOKEN
    logger.warning("token rejected: %s", code)
    return code


def openai_key() -> str:
    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        logger.warning("OPENAI_API_KEY unset, falling back to %s", _FALLBACK_KEY)
        key = _FALLBACK_KEY
    return key
