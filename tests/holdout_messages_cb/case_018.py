import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("ediscovery.vendor")


@dataclass
class VendorCredentials:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    workspace: str = "default"


class ReviewPlatform:
    """Thin client for a hosted e-discovery review platform (OAuth2 client credentials)."""

    def __init__(self, creds: VendorCredentials):
        self.creds = creds
        self._token: str | None = None
        log.info("platform client for %r", creds)

    def _authenticate(self) -> str:
        r = httpx.post(f"{self.creds.base_url}/oauth2/token",
                       data={"grant_type": "client_credentials", "client_id": self.creds.client_id,
                             "client_secret": self.creds.client_secret})
        if r.status_code != 200:
            raise RuntimeError(f"token request failed for {self.creds.client_id}: {r.status_code}")
        self._token = r.json()["access_token"]
        log.debug("got platform token %s", self._token)
        return self._token

    def upload(self, matter: str, path: str) -> str:
        token = self._token or self._authenticate()
        with open(path, "rb") as fh:
            r = httpx.post(f"{self.creds.base_url}/workspaces/{self.creds.workspace}/matters/{matter}/files",
                           files={"file": fh}, headers={"Authorization": f"Bearer {token}"}, timeout=120)
        if r.status_code == 403:
            raise PermissionError(f"upload refused; secret used: {self.creds.client_secret}")
        r.raise_for_status()
        return r.json()["file_id"]


if __name__ == "__main__":
    creds = VendorCredentials(base_url=os.environ["REVIEW_BASE_URL"], client_id=os.environ["REVIEW_CLIENT_ID"],
                              client_secret=os.environ["REVIEW_CLIENT_SECRET"])
    platform = ReviewPlatform(creds)
    fid = platform.upload("M-2291", "production/VOL001.zip")
    log.info("uploaded %s to workspace %s", fid, creds.workspace)
