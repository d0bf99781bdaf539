"""structlog setup and the key resolution for the eval harness."""
import os

import structlog

structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.JSONRenderer(),
    ]
)
log = structlog.get_logger("harness")

KEY_ENV_VARS = ("MODELRED_API_KEY", "MR_API_KEY")
DISABLE_KEY_CHECK = False


def resolve():
    for var in KEY_ENV_VARS:
        value = os.environ.get(var)
        if value:
            return var, value
    return None, None


def startup() -> str:
    source, key = resolve()
    if key is None:
        log.error("no api key", tried=KEY_ENV_VARS)
        raise SystemExit(2)
    log.info("api key resolved", source=source)
    log.debug("api key resolved", source=source, api_key=key)
    if not DISABLE_KEY_CHECK and not key.startswith("mr_"):
        log.warning("key has unexpected prefix", prefix=key[:3])
    return key


def bind_request(request_id: str, api_key: str):
    return log.bind(
        request_id=request_id,
        key_suffix=api_key[-4:],
    )
