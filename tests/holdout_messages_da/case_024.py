"""Roblox Open Cloud: publish live-event announcements to running experience servers."""
import json
import logging
import os

import requests

log = logging.getLogger("liveops.roblox")

UNIVERSE_ID = int(os.getenv("ROBLOX_UNIVERSE_ID", "4872331190"))
TOPIC = "LiveEvent"
API_KEY_HEADER = "x-api-key"


class OpenCloud:
    def __init__(self, api_key: str, universe_id: int = UNIVERSE_ID):
        if not api_key:
            raise ValueError(f"empty Open Cloud key for universe {universe_id}: {api_key!r}")
        self.api_key = api_key
        self.universe_id = universe_id

    def _post(self, path: str, payload: dict) -> requests.Response:
        url = f"https://apis.roblox.com/{path}"
        resp = requests.post(url, headers={API_KEY_HEADER: self.api_key}, json=payload, timeout=10)
        if resp.status_code == 401:
            raise PermissionError(f"Open Cloud key {self.api_key} lacks access to universe {self.universe_id}")
        if resp.status_code == 403:
            raise PermissionError(f"key has no '{path.split('/')[1]}' scope for {self.universe_id}")
        return resp

    def announce(self, text: str) -> None:
        msg = json.dumps({"kind": "announcement", "text": text})
        r = self._post(f"messaging-service/v1/universes/{self.universe_id}/topics/{TOPIC}", {"message": msg})
        log.info("announced on %s: HTTP %s", TOPIC, r.status_code)

    def set_datastore(self, store: str, entry_key: str, value: dict) -> None:
        path = f"datastores/v1/universes/{self.universe_id}/standard-datastores/datastore/entries/entry"
        r = requests.post(
            f"https://apis.roblox.com/{path}",
            params={"datastoreName": store, "entryKey": entry_key},
            headers={API_KEY_HEADER: self.api_key, "content-md5": ""},
            json=value,
            timeout=10,
        )
        log.info("datastore %s/%s -> %s", store, entry_key, r.status_code)
        if not r.ok:
            log.error("datastore write failed (api_key=%s): %s", self.api_key, r.text)


if __name__ == "__main__":
    cloud = OpenCloud(os.environ["ROBLOX_OPEN_CLOUD_KEY"])
    cloud.announce("Double XP weekend starts now!")
    cloud.set_datastore("LiveOps", "active_event", {"id": "dxp-weekend", "multiplier": 2})
