# Steam Web API partner helper: used by the refunds desk to look up ownership.
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

STEAM_APP_ID = 1849230
PARTNER_API = "https://partner.steam-api.com"


@dataclass
class SteamPartner:
    publisher_key: str
    app_id: int = STEAM_APP_ID

    def check_ownership(self, steamid: str) -> bool:
        params = {"key": self.publisher_key, "steamid": steamid, "appid": self.app_id}
        log.debug("CheckAppOwnership params=%s", params)
        resp = requests.get(f"{PARTNER_API}/ISteamUser/CheckAppOwnership/v2/", params=params, timeout=10)
        if resp.status_code == 403:
            log.error("publisher key rejected for app %s (403)", self.app_id)
            return False
        resp.raise_for_status()
        owns = resp.json()["appownership"]["ownsapp"]
        log.info("steamid %s owns %s: %s", steamid, self.app_id, owns)
        return owns

    def refund_eligible(self, steamid: str, orderid: str) -> bool:
        q = {"key": self.publisher_key, "orderid": orderid, "appid": self.app_id}
        resp = requests.get(f"{PARTNER_API}/ISteamMicroTxn/QueryTxn/v3/", params=q, timeout=10)
        if not resp.ok:
            raise RuntimeError("QueryTxn failed with key=" + self.publisher_key)
        txn = resp.json()["response"]["params"]
        log.info("order %s status %s (%s)", orderid, txn["status"], resp.url.split("?")[0])
        return txn["status"] == "Succeeded" and txn["steamid"] == steamid


def from_env() -> SteamPartner:
    key = os.environ.get("STEAM_PUBLISHER_KEY", "")
    if not key:
        raise RuntimeError(f"STEAM_PUBLISHER_KEY is empty (got {key!r})")
    log.info("steam partner key loaded (%d chars)", len(key))
    return SteamPartner(publisher_key=key)
