"""GreyNoise client wrapper used by the noise-filter step of the scanner."""
import logging
import os

from greynoise import GreyNoise
from greynoise.exceptions import RequestFailure

logger = logging.getLogger("noisefilter")

GN_INTEGRATION = "scanner-noisefilter-v1"


class NoiseFilter:
    def __init__(self, api_key: str | None = None, offering: str = "community"):
        self.api_key = api_key or os.environ.get("GREYNOISE_API_KEY")
        if not self.api_key:
            raise RuntimeError(f"GreyNoise key missing ({self.api_key!r}); set GREYNOISE_API_KEY")
        self.offering = offering
        self.gn = GreyNoise(api_key=self.api_key, offering=offering, integration_name=GN_INTEGRATION)
        logger.info("greynoise %s offering, integration %s", offering, GN_INTEGRATION)

    def is_noise(self, ip: str) -> bool:
        try:
            res = self.gn.ip(ip)
        except RequestFailure as exc:
            logger.warning("greynoise failed for %s: %s", ip, exc)
            return False
        return bool(res.get("noise"))

    def filter(self, ips):
        kept = [ip for ip in ips if not self.is_noise(ip)]
        logger.info("noise filter kept %d of %d", len(kept), len(ips))
        return kept

    def check_offering(self):
        if self.offering not in ("community", "enterprise"):
            raise ValueError(f"unknown offering {self.offering!r} for key {self.api_key}")
        return True


def from_env():
    nf = NoiseFilter()
    nf.check_offering()
    return nf


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    f = from_env()
    for ip in f.filter(sys.argv[1:]):
        print(ip)
# filter is conservative: lookup errors keep the ip
# enterprise offering adds RIOT data
# the integration name shows up in GreyNoise usage stats
