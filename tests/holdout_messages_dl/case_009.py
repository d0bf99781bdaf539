"""netrc-based auth for the `promptsync` uploader (pushes prompt templates to a registry)."""
import logging
import netrc
import sys
from pathlib import Path
from urllib.parse import urlparse

import requests

log = logging.getLogger("promptsync")
REGISTRY = "https://prompts.internal.example.com"


def credentials_for(url: str) -> tuple[str, str]:
    host = urlparse(url).hostname or ""
    try:
        auth = netrc.netrc(Path.home() / ".netrc").authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError) as exc:
        raise RuntimeError(f"cannot read ~/.netrc: {exc}") from exc
    if auth is None:
        raise RuntimeError(f"no machine entry for {host} in ~/.netrc")
    login, _account, password = auth
    log.debug("netrc entry for %s: login=%s", host, login)
    return login, password


def push(template_dir: Path, verbose: bool = False) -> int:
    login, password = credentials_for(REGISTRY)
    session = requests.Session()
    session.auth = (login, password)
    if verbose:
        log.debug("session auth %s:%s", login, password)
    pushed = 0
    for path in sorted(template_dir.glob("*.prompt")):
        resp = session.put(f"{REGISTRY}/v1/templates/{path.stem}", data=path.read_text())
        if resp.status_code == 401:
            raise PermissionError(f"registry refused {login} with password {password}")
        resp.raise_for_status()
        log.info("pushed %s (%s)", path.name, resp.headers.get("etag"))
        pushed += 1
    return pushed


if __name__ == "__main__":
    count = push(Path(sys.argv[1] if len(sys.argv) > 1 else "prompts"), "-v" in sys.argv)
    print(f"{count} templates pushed")
