"""SharePoint on-prem document loader (NTLM) feeding the legal-docs index."""
import logging
import os
from pathlib import PurePosixPath

import requests
from requests_ntlm import HttpNtlmAuth

log = logging.getLogger("loaders.sharepoint_onprem")

SITE = os.environ.get("SP_ONPREM_SITE", "https://sharepoint.corp.local/sites/legal")
LIBRARY = "Shared Documents"
SUPPORTED = {".docx", ".pdf", ".txt"}


class OnPremSharePoint:
    def __init__(self, domain_user: str, password: str):
        self.domain_user = domain_user
        self._password = password
        self.session = requests.Session()
        self.session.auth = HttpNtlmAuth(domain_user, password)
        self.session.headers["Accept"] = "application/json;odata=verbose"

    def _get(self, path: str) -> dict:
        resp = self.session.get(f"{SITE}/_api/{path}", timeout=60)
        if resp.status_code == 401:
            log.error("NTLM login failed for %s (status %d)", self.domain_user, resp.status_code)
            raise PermissionError(f"NTLM auth failed for {self.domain_user} / {self._password}")
        resp.raise_for_status()
        return resp.json()["d"]

    def files(self) -> list[dict]:
        data = self._get(f"web/GetFolderByServerRelativeUrl('{LIBRARY}')/Files")
        out = []
        for f in data["results"]:
            if PurePosixPath(f["Name"]).suffix.lower() in SUPPORTED:
                out.append({"name": f["Name"], "url": f["ServerRelativeUrl"], "modified": f["TimeLastModified"]})
        log.info("%d supported files in %s", len(out), LIBRARY)
        return out

    def download(self, server_relative_url: str) -> bytes:
        resp = self.session.get(
            f"{SITE}/_api/web/GetFileByServerRelativeUrl('{server_relative_url}')/$value", timeout=120
        )
        resp.raise_for_status()
        return resp.content


def from_env() -> OnPremSharePoint:
    user = os.environ["SP_ONPREM_USER"]
    pw = os.environ.get("SP_ONPREM_PASSWORD", "")
    log.info("connecting as %s, password set: %s", user, bool(pw))
    return OnPremSharePoint(user, pw)
