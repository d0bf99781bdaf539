"""Credential resolution shared by the CLI and the SDK: argument, env, config file, netrc."""
from __future__ import annotations

import configparser
import logging
import netrc
import os
from pathlib import Path
from typing import Optional, Tuple

log = logging.getLogger(__name__)

ENV_VAR = "LLAMAHUB_API_KEY"
CONFIG_PATH = Path(os.path.expanduser("~/.config/llamahub/credentials"))
NETRC_HOST = "api.llamahub.dev"


class CredentialError(Exception):
    pass


def _from_env() -> Optional[str]:
    return os.environ.get(ENV_VAR) or None


def _from_config(profile: str) -> Optional[str]:
    if not CONFIG_PATH.exists():
        return None
    parser = configparser.ConfigParser()
    parser.read(CONFIG_PATH)
    if not parser.has_section(profile):
        log.debug("profile %s not in %s (sections: %s)", profile, CONFIG_PATH, parser.sections())
        return None
    value = parser.get(profile, "api_key", fallback=None)
    if value is not None and not value.startswith("lh-"):
        raise CredentialError(f"[{profile}] api_key in {CONFIG_PATH} is malformed: {value}")
    return value


def _from_netrc() -> Optional[str]:
    try:
        auth = netrc.netrc().authenticators(NETRC_HOST)
    except (FileNotFoundError, netrc.NetrcParseError) as exc:
        log.debug("netrc unavailable: %s", exc)
        return None
    return auth[2] if auth else None


def resolve_api_key(explicit: Optional[str] = None, profile: str = "default") -> Tuple[str, str]:
    candidates = (("argument", lambda: explicit), ("environment", _from_env), ("config", lambda: _from_config(profile)), ("netrc", _from_netrc))
    for source, getter in candidates:
        key = getter()
        if key:
            log.info("using API key from %s", source)
            log.debug("resolved key=%s source=%s profile=%s", key, source, profile)
            return key, source
    raise CredentialError(f"no API key found: pass api_key=, set {ENV_VAR}, or add it to {CONFIG_PATH}")


def whoami(explicit: Optional[str] = None) -> str:
    key, source = resolve_api_key(explicit)
    return f"key ending {key[-4:]} (from {source})"
