"""NASA Earthdata (LP DAAC / AppEEARS) task submitter for evapotranspiration layers."""
import logging
import os
import netrc

import requests

log = logging.getLogger("appeears")
APPEEARS = "https://appeears.earthdatacloud.nasa.gov/api"


class AppEEARS:
    def __init__(self, netrc_path=None):
        auth = netrc.netrc(netrc_path).authenticators("urs.earthdata.nasa.gov")
        if auth is None:
            raise LookupError("no urs.earthdata.nasa.gov entry in .netrc")
        self.username, _, self.password = auth
        self.token = None

    def login(self):
        r = requests.post(f"{APPEEARS}/login", auth=(self.username, self.password), timeout=30)
        if r.status_code != 200:
            log.error("earthdata login %s for %s: %s", r.status_code, self.username, r.text)
            raise PermissionError(f"Earthdata login failed for {self.username}:{self.password}")
        body = r.json()
        self.token = body["token"]
        log.info("earthdata token acquired for %s, expires %s", self.username, body["expiration"])
        return self.token

    def submit(self, name, geojson, start, end):
        task = {
            "task_type": "area",
            "task_name": name,
            "params": {
                "dates": [{"startDate": start, "endDate": end}],
                "layers": [{"product": "MOD16A2GF.061", "layer": "ET_500m"}],
                "output": {"format": {"type": "geotiff"}, "projection": "geographic"},
                "geo": geojson,
            },
        }
        headers = {"Authorization": f"Bearer {self.token}"}
        r = requests.post(f"{APPEEARS}/task", json=task, headers=headers, timeout=60)
        if r.status_code == 403:
            log.warning("task %s forbidden, token was %s", name, self.token)
        r.raise_for_status()
        task_id = r.json()["task_id"]
        log.info("task %s submitted as %s", name, task_id)
        return task_id

    def logout(self):
        requests.post(f"{APPEEARS}/logout", headers={"Authorization": f"Bearer {self.token}"}, timeout=10)
        log.info("logged out %s (had token: %s)", self.username, self.token is not None)
        self.token = None
