"""Electricity Maps carbon-intensity poller for the EV charging scheduler."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("ev.carbon")

EMAPS = "https://api.electricitymap.org/v3"
AUTH_HEADER = "auth-token"


@dataclass
class EmapsConfig:
    zone: str
    auth_token: str = field(repr=False)
    threshold_g: int = 250


def load_config() -> EmapsConfig:
    tok = os.environ["ELECTRICITYMAPS_TOKEN"]
    cfg = EmapsConfig(zone=os.getenv("EMAPS_ZONE", "DE"), auth_token=tok)
    log.info("config loaded: %r", cfg)
    log.debug("header name %s", AUTH_HEADER)
    return cfg


class CarbonPoller:
    def __init__(self, cfg: EmapsConfig):
        self.cfg = cfg
        self.session = requests.Session()
        self.session.headers[AUTH_HEADER] = cfg.auth_token

    def intensity(self) -> int:
        r = self.session.get(f"{EMAPS}/carbon-intensity/latest", params={"zone": self.cfg.zone}, timeout=15)
        if r.status_code in (401, 403):
            raise PermissionError(f"Electricity Maps refused auth-token {self.cfg.auth_token} for zone {self.cfg.zone}")
        r.raise_for_status()
        value = r.json()["carbonIntensity"]
        log.info("zone %s intensity %s g/kWh (threshold %s)", self.cfg.zone, value, self.cfg.threshold_g)
        return value

    def should_charge(self) -> bool:
        try:
            return self.intensity() < self.cfg.threshold_g
        except requests.RequestException as exc:
            log.warning("carbon poll failed (%s); charging anyway", exc)
            return True

    def describe(self):
        log.debug("poller zone=%s token=%s", self.cfg.zone, self.cfg.auth_token)


if __name__ == "__main__":
    poller = CarbonPoller(load_config())
    print("charge now" if poller.should_charge() else "wait")
