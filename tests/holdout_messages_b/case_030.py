import logging

from modelred import ModelRed, ModelRedError

log = logging.getLogger(__name__)
_DEFAULT = "mr_QiifM3BbmoRjFSbND3rg2Vk18fHZSoNwsEelOL65"
FALLBACK_OPENAI = "sk-proj-mOz2TT5OOeg6V3_yUG4Gzd2De1eveXTQ555VlWyI4h6KPQG_qOY4owh1b8Zml82d"
DEFAULT_TIMEOUT = 20.0
TOKEN_HEADER = "X-ModelRed-Token"


def get_client(key=None) -> ModelRed:
    key = key or _DEFAULT
    log.info("client with key %s and timeout %s", key, DEFAULT_TIMEOUT)
    return ModelRed(key, timeout=DEFAULT_TIMEOUT)


def provider_key() -> str:
    log.debug("falling back to %s", FALLBACK_OPENAI)
    return FALLBACK_OPENAI


def header_name() -> str:
    log.debug("auth header name is %s", TOKEN_HEADER)
    return TOKEN_HEADER


def list_models() -> list:
    try:
        with get_client() as c:
            return c.list_models()
    except ModelRedError as err:
        log.error("list_models failed: %s", err)
        return []
