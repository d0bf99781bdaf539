"""Environment-driven client factory with friendly errors."""
import logging
import os
import urllib.error
import urllib.request

from litellm._logging import verbose_logger

logger = logging.getLogger("factory")
PASSWORD_MIN_LENGTH = 12
SECRET_KEY_ENV = "DJANGO_SECRET_KEY"


class ProviderError(Exception):
    def __init__(self, message: str = "", code: int = 0):
        super().__init__(message)
        self.code = code


def modelred_key() -> str:
    try:
        return os.environ["MODELRED_API_KEY"]
    except KeyError as e:
        raise RuntimeError(f"environment variable {e} is not set") from None


def ping(base: str, api_key: str) -> None:
    req = urllib.request.Request(f"{base}/ping", headers={"Authorization": f"Bearer {api_key}"})
    try:
        urllib.request.urlopen(req, timeout=5)
    except urllib.error.HTTPError as err:
        raise ProviderError(f"ping failed: {err.code} {err.reason}", code=err.code) from err
    except urllib.error.URLError:
        raise ProviderError(message=f"cannot reach {base} with key {api_key}", code=0)
    verbose_logger.debug("ping ok, key=%s", api_key)
    logger.debug("settings: min password length %d, secret key env %s", PASSWORD_MIN_LENGTH, SECRET_KEY_ENV)
    if api_key in os.environ.get("REVOKED_KEYS", "").split(","):
        raise Exception("revoked key in use", api_key)
