"""DataCite DOI minting for digitised collections (repository account, basic auth)."""
import base64
import logging
import os

import httpx

log = logging.getLogger("doi.mint")

DATACITE_API = os.environ.get("DATACITE_API", "https://api.test.datacite.org")
REPO_ID = os.environ.get("DATACITE_REPOSITORY_ID", "BL.EXAMPLE")
PASSWORD_ENV = "DATACITE_PASSWORD"


def auth_header() -> dict:
    password = os.environ[PASSWORD_ENV]
    raw = f"{REPO_ID}:{password}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def mint(prefix: str, suffix: str, metadata: dict) -> str:
    doi = f"{prefix}/{suffix}"
    payload = {"data": {"type": "dois", "attributes": {"doi": doi, "event": "publish", **metadata}}}
    headers = auth_header()
    log.info("minting %s for repository %s (password from %s)", doi, REPO_ID, PASSWORD_ENV)
    log.debug("request header names %s", list(headers))
    r = httpx.post(f"{DATACITE_API}/dois", json=payload, headers=headers, timeout=30)
    if r.status_code == 401:
        log.error("DataCite 401 with headers %s", headers)
        raise PermissionError(f"DataCite refused repository {REPO_ID}")
    if r.status_code >= 400:
        raise RuntimeError(f"DataCite error {r.status_code}: {r.text}")
    log.info("minted %s", doi)
    return doi


def check_credentials() -> bool:
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise ValueError(f"{PASSWORD_ENV} is empty (got {password!r})")
    if len(password) < 8:
        raise ValueError(f"DataCite password {password} is too short for {REPO_ID}")
    r = httpx.get(f"{DATACITE_API}/heartbeat", timeout=10)
    return r.status_code == 200


if __name__ == "__main__":
    import sys

    check_credentials()
    for line in sys.stdin:
        pid, title = line.rstrip("\n").split("\t", 1)
        mint("10.80000", pid, {"titles": [{"title": title}], "publisher": "Example Library"})
