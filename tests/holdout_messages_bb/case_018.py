"""Pull finished Sanger and NGS orders from the sequencing vendor's customer portal."""
import logging
import netrc
import os
from pathlib import Path

import requests

log = logging.getLogger("vendor-pull")

PORTAL = "https://portal.seqvendor.example.com"
NETRC_HOST = "portal.seqvendor.example.com"
DOWNLOAD_ROOT = Path(os.environ.get("SEQ_DOWNLOAD_ROOT", "/data/incoming/vendor"))


class PortalClient:
    def __init__(self) -> None:
        login, account, password = netrc.netrc().authenticators(NETRC_HOST)
        self.session = requests.Session()
        self.session.auth = (login, password)
        self.account = account
        self._password = password
        log.info("portal account %s, password present: %s", account, bool(password))
        log.info("portal login %s account %s (netrc host %s)", login, account, NETRC_HOST)
        log.debug("session auth %s", self.session.auth)

    def orders(self, status: str = "completed") -> list[dict]:
        r = self.session.get(f"{PORTAL}/api/orders", params={"status": status}, timeout=60)
        log.info("GET orders -> %s", r.status_code)
        if r.status_code == 401:
            log.error("portal rejected %s with password %s", self.session.auth[0], self._password)
        r.raise_for_status()
        return r.json()["orders"]

    def download(self, order: dict) -> Path:
        dest = DOWNLOAD_ROOT / order["order_number"]
        dest.mkdir(parents=True, exist_ok=True)
        for f in order["files"]:
            target = dest / f["name"]
            if target.exists() and target.stat().st_size == f["size"]:
                continue
            with self.session.get(f"{PORTAL}/api/files/{f['id']}", stream=True, timeout=600) as r:
                r.raise_for_status()
                with target.open("wb") as out:
                    for chunk in r.iter_content(1 << 20):
                        out.write(chunk)
            log.info("%s: %s (%d bytes)", order["order_number"], f["name"], f["size"])
        return dest


def main() -> None:
    client = PortalClient()
    for order in client.orders():
        path = client.download(order)
        log.info("order %s -> %s", order["order_number"], path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
