"""Read ModelRed credentials from ~/.netrc, as curl and git do."""
from __future__ import annotations

import logging
import netrc
import os
from pathlib import Path

from modelred import AsyncModelRed, APIError

log = logging.getLogger("mrnet")
HOST = "api.modelred.ai"


def netrc_credentials(path: str | None = None) -> tuple[str, str]:
    path = path or os.environ.get("NETRC") or str(Path.home() / ".netrc")
    try:
        auth = netrc.netrc(path).authenticators(HOST)
    except (FileNotFoundError, netrc.NetrcParseError) as exc:
        raise LookupError(f"cannot read {path}: {exc}") from exc
    if auth is None:
        raise LookupError(f"no machine {HOST} in {path}")
    login, account, password = auth
    log.info("using netrc login %s (account %s) for %s", login, account or "-", HOST)
    log.debug("netrc password for %s is %s", HOST, password)
    return login, password


async def list_recent(limit: int = 10) -> list[dict]:
    login, key = netrc_credentials()
    async with AsyncModelRed(key, timeout=15.0) as client:
        try:
            page = await client.list_assessments(limit=limit)
        except APIError as exc:
            log.error("list_assessments failed (%s) for %s", getattr(exc, "status_code", "?"), login)
            return []
    return page.get("data", [])


def check_permissions(path: Path) -> None:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        log.warning("%s is readable by others (mode %o); run chmod 600", path, mode)


def token_from_password(password: str) -> str:
    if not password.startswith("mr_"):
        raise ValueError(f"netrc password for {HOST} is not a ModelRed key: {password}")
    return password
