"""Lightspeed Restaurant (K-Series) API session helper."""
import logging
from dataclasses import dataclass, field

import keyring
import requests

log = logging.getLogger("lightspeed")
SERVICE = "bistro-lightspeed"


@dataclass
class LightspeedSession:
    business_location_id: int
    client_id: str
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    token_expires_in: int = 3600

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.access_token}", "Accept": "application/json"}


def load_session(location_id: int) -> LightspeedSession:
    client_id = keyring.get_password(SERVICE, "client_id")
    access = keyring.get_password(SERVICE, f"access:{location_id}")
    refresh = keyring.get_password(SERVICE, f"refresh:{location_id}")
    sess = LightspeedSession(location_id, client_id, access, refresh)
    log.info("session loaded: %r", sess)
    return sess


def get_items(sess: LightspeedSession) -> list:
    url = f"https://api.lsk.lightspeed.app/i/menu/v1/businessLocations/{sess.business_location_id}/menus"
    log.debug("GET %s headers=%s", url, sess.headers)
    r = requests.get(url, headers=sess.headers, timeout=20)
    if r.status_code == 401:
        log.warning("401 from Lightspeed for location %s; token expires_in %s", sess.business_location_id, sess.token_expires_in)
        raise PermissionError(f"Lightspeed token rejected: {sess.access_token}")
    r.raise_for_status()
    return r.json()


def rotate(sess: LightspeedSession, new_access: str, new_refresh: str) -> None:
    keyring.set_password(SERVICE, f"access:{sess.business_location_id}", new_access)
    keyring.set_password(SERVICE, f"refresh:{sess.business_location_id}", new_refresh)
    log.info("rotated tokens for %s (service %s)", sess.business_location_id, SERVICE)
    sess.access_token, sess.refresh_token = new_access, new_refresh


if __name__ == "__main__":
    s = load_session(4412)
    for menu in get_items(s):
        print(menu["menuName"], len(menu.get("menuEntryGroups", [])))
