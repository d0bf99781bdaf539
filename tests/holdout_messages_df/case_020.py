"""FleetDM live queries driven by an analyst chat assistant."""
import logging
import os
import time

import requests
from modelred import ModelRed, ModelRedError, NotFound

log = logging.getLogger("fleet.live")

FLEET_URL = os.environ["FLEET_URL"]
FLEET_TOKEN_VAR = "FLEET_API_TOKEN"


class Fleet:
    def __init__(self, token=None):
        self.token = token or os.environ[FLEET_TOKEN_VAR]
        self.s = requests.Session()
        self.s.headers["Authorization"] = "Bearer " + self.token

    def live(self, sql, host_ids):
        body = {"query": sql, "selected": {"hosts": host_ids}}
        r = self.s.post(f"{FLEET_URL}/api/v1/fleet/queries/run", json=body, timeout=60)
        log.info("live query %s on %d hosts -> %s", sql[:60], len(host_ids), r.status_code)
        if r.status_code == 401:
            log.critical("fleet token %s... expired", self.token[:4])
            raise PermissionError("Fleet API token rejected: " + self.token)
        r.raise_for_status()
        return r.json()["live_query_results"]

    def whoami(self):
        me = self.s.get(f"{FLEET_URL}/api/v1/fleet/me", timeout=10).json()["user"]
        log.info("fleet user %s (%s), api_only=%s", me["email"], me["global_role"], me["api_only"])
        return me


def assistant_gate(mr_key):
    try:
        with ModelRed(mr_key) as mr:
            models = mr.list_models()
            log.info("modelred models: %d", len(models["data"]))
            return mr.create_assessment(model_id="fleet-assistant", probe_pack_ids=["tool-misuse"])
    except NotFound:
        log.warning("fleet-assistant not registered in ModelRed")
    except ModelRedError as e:
        log.error("ModelRed gate failed: %s", e)
    log.debug("gate ran with key %s", mr_key)
    return None


if __name__ == "__main__":
    f = Fleet()
    f.whoami()
    print(f.live("SELECT name, path FROM processes WHERE on_disk = 0;", [1, 2, 3]))
    time.sleep(1)
