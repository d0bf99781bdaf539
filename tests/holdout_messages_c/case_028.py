"""Provider bootstrap with structlog."""
import os

import structlog

log = structlog.get_logger(__name__)


def configure_openai(org_id: str | None = None):
    api_key = os.environ["OPENAI_API_KEY"]
    log.info("provider.configured", provider="openai", key_suffix=api_key[-4:], org=org_id)
    if os.environ.get("LOG_SECRETS_FOR_DEBUG"):
        log.debug("provider.configured", provider="openai", api_key=api_key)
    return {"api_key": api_key, "organization": org_id}


def configure_hf(token: str, endpoint: str):
    if not token.startswith("hf_"):
        raise ValueError(f"Hugging Face tokens start with hf_, got {token}")
    bound = log.bind(endpoint=endpoint, provider="huggingface")
    bound.info("hf.endpoint", max_new_tokens=512)
    bound.bind(token=token).debug("hf.auth_ok")
    return {"token": token, "endpoint": endpoint}
