"""acme_llm.credentials.netrc_source: read API keys from ~/.netrc."""
from __future__ import annotations

import logging
import netrc
import os
from pathlib import Path
from urllib.parse import urlparse

logger = logging.getLogger(__name__)

NETRC_ENV = "NETRC"


def _netrc_path() -> Path:
    return Path(os.environ.get(NETRC_ENV, Path.home() / ".netrc"))


def key_from_netrc(base_url: str) -> str | None:
    host = urlparse(base_url).hostname or base_url
    path = _netrc_path()
    if not path.exists():
        logger.debug("no netrc at %s (override with $%s)", path, NETRC_ENV)
        return None
    try:
        auth = netrc.netrc(path).authenticators(host)
    except netrc.NetrcParseError as exc:
        logger.warning("cannot parse %s line %s: %s", exc.filename, exc.lineno, exc.msg)
        return None
    if auth is None:
        logger.debug("netrc has no machine %s", host)
        return None
    logger.debug("netrc credentials for %s: %s", host, auth)
    login, _account, password = auth
    logger.info("using netrc login %r for %s", login, host)
    if not password:
        raise ValueError(f"netrc entry for {host} has no password (login {login!r})")
    if not password.startswith("ak-"):
        raise ValueError(f"netrc password for {host} is not an Acme key: {password}")
    return password


def resolve_key(api_key: str | None, base_url: str) -> tuple[str, str]:
    if api_key:
        return api_key, "argument"
    env = os.environ.get("ACME_API_KEY")
    if env:
        return env, "environment"
    from_netrc = key_from_netrc(base_url)
    if from_netrc:
        return from_netrc, "netrc"
    raise LookupError("no Acme API key: pass api_key=, set ACME_API_KEY or add a netrc entry")


if __name__ == "__main__":
    key, source = resolve_key(None, "https://api.acme-llm.com")
    print(f"key found via {source}")
