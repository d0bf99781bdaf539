"""Home-insurance quote bridge for buyers in escrow (gen 3 ModelRed, sync, class style)."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("insurance.bridge")


class QuoteBridge:
    CARRIER_URL = "https://quotes.carrier.example/v2/homeowners"
    CARRIER_KEY_SETTING = "carrier.api_key"

    def __init__(self, settings: dict):
        self.settings = settings
        self.carrier_key = settings[self.CARRIER_KEY_SETTING]
        self.agency_code = settings["carrier.agency_code"]
        self.mr = ModelRed(settings["modelred.api_key"], timeout=10.0, max_retries=1)

    def quote(self, address: str, dwelling_value: int) -> dict:
        r = requests.post(self.CARRIER_URL, json={"address": address, "coverage_a": dwelling_value, "agency": self.agency_code}, headers={"Api-Key": self.carrier_key}, timeout=20)
        log.info("carrier %s for agency %s", r.status_code, self.agency_code)
        if r.status_code == 401:
            raise PermissionError(f"carrier rejected key ending {self.carrier_key[-4:]} (setting {self.CARRIER_KEY_SETTING})")
        r.raise_for_status()
        return r.json()

    def vet_explainer(self, model_id: str) -> str:
        try:
            a = self.mr.create_assessment(model_id=model_id, probe_pack_ids=["insurance-advice"])
        except Unauthorized:
            log.error("modelred key rejected (setting modelred.api_key)")
            return "unavailable"
        except ModelRedError as e:
            log.warning("vet failed: %s status=%s", type(e).__name__, getattr(e, "status_code", None))
            return "unavailable"
        return a["id"]

    def close(self):
        self.mr.close()


def from_env() -> QuoteBridge:
    settings = {
        "carrier.api_key": os.environ["CARRIER_API_KEY"],
        "carrier.agency_code": os.environ.get("CARRIER_AGENCY", "AG-001"),
        "modelred.api_key": os.environ["MODELRED_API_KEY"],
    }
    log.debug("bridge settings %s", settings)
    return QuoteBridge(settings)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    b = from_env()
    print(b.quote("12 Elm St", 420000))
    b.close()
