"""Statuspage updater: when the nightly ModelRed scan of the public assistant fails,
open an incident on status.example.com so customers see the degraded safety checks."""
import logging
import os

import requests
from modelred import ModelRed, APIError, ServerError, NotAllowedForApiKey

log = logging.getLogger("statuspage")

PAGE_ID = os.environ["STATUSPAGE_PAGE_ID"]
COMPONENT_ID = os.environ["STATUSPAGE_COMPONENT_ID"]
SP_API = f"https://api.statuspage.io/v1/pages/{PAGE_ID}"


class StatusPage:
    def __init__(self, api_key: str):
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"OAuth {api_key}"})
        self._api_key = api_key

    def open_incident(self, name: str, body: str) -> str:
        r = self.session.post(f"{SP_API}/incidents", timeout=10, json={"incident": {
            "name": name, "status": "investigating", "body": body,
            "components": {COMPONENT_ID: "degraded_performance"}, "component_ids": [COMPONENT_ID]}})
        if r.status_code == 401:
            raise PermissionError(f"Statuspage refused OAuth key {self._api_key}")
        r.raise_for_status()
        log.info("incident %s opened on page %s", r.json()["id"], PAGE_ID)
        return r.json()["id"]


def nightly(model_id: str) -> None:
    sp = StatusPage(os.environ["STATUSPAGE_API_KEY"])
    log.info("nightly scan of %s, component %s", model_id, COMPONENT_ID)
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            mr.create_assessment(model_id=model_id, probe_pack_ids=["public-assistant"])
    except NotAllowedForApiKey as exc:
        log.error("scanner key lacks permission: %s", exc)
        sp.open_incident("Safety checks delayed", "Our nightly safety checks are delayed.")
    except ServerError as exc:
        log.warning("ModelRed server error, status %s", exc.status_code)
    except APIError as exc:
        sp.open_incident("Safety checks degraded", f"Nightly safety scan failed: {exc}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    nightly(os.environ.get("PUBLIC_MODEL_ID", "public-assistant"))
