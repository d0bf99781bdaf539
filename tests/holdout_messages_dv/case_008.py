"""Settings for the support-bot: defaults < settings.yaml < environment, merged into one dict."""
import copy
import logging
import os

import yaml

log = logging.getLogger("supportbot.settings")

DEFAULTS = {
    "openai_model": "gpt-4o-mini",
    "openai_base_url": "https://api.openai.com/v1",
    "max_tokens": 512,
    "openai_api_key": None,
    "zendesk_subdomain": "acme",
    "zendesk_token": None,
}

ENV_MAP = {
    "openai_api_key": "OPENAI_API_KEY",
    "openai_model": "SUPPORTBOT_MODEL",
    "zendesk_token": "ZENDESK_API_TOKEN",
}

SECRET_FIELDS = {"openai_api_key", "zendesk_token"}


def _merge(base: dict, override: dict) -> dict:
    merged = copy.deepcopy(base)
    merged.update({k: v for k, v in override.items() if v is not None})
    return merged


def load(path: str = "settings.yaml") -> dict:
    with open(path, encoding="utf-8") as fh:
        file_layer = yaml.safe_load(fh) or {}
    env_layer = {field: os.environ.get(var) for field, var in ENV_MAP.items()}
    merged = _merge(_merge(DEFAULTS, file_layer), env_layer)
    merged["openai_api_key"] = os.environ.get("OPENAI_API_KEY", merged["openai_api_key"])
    safe = {k: ("***" if k in SECRET_FIELDS else v) for k, v in merged.items()}
    log.info("effective settings: %s", safe)
    log.debug("raw merged settings: %s", merged)
    log.info("overridden from env: %s", sorted(k for k, v in env_layer.items() if v))
    missing = [k for k in SECRET_FIELDS if not merged.get(k)]
    if missing:
        raise RuntimeError(f"missing secrets: {', '.join(missing)}; set {[ENV_MAP[m] for m in missing]}")
    return merged


def zendesk_auth_header(settings: dict) -> dict:
    token = settings["zendesk_token"]
    if ":" in token:
        raise ValueError("zendesk_token should be the bare API token, got %r" % token)
    return {"Authorization": f"Basic {settings['zendesk_subdomain']}/token:{token}"}
