"""Davis WeatherLink v2 station reader for the vineyard frost-alert service."""
import hashlib
import hmac
import logging
import os
import time

import requests

wl_log = logging.getLogger("weatherlink")
WL = "https://api.weatherlink.com/v2"


class WeatherLink:
    def __init__(self, station_id: int):
        self.station_id = station_id
        self.api_key = os.environ["WEATHERLINK_API_KEY"]
        self.api_secret = os.environ["WEATHERLINK_API_SECRET"]

    def _signature(self, ts: int) -> str:
        msg = f"api-key{self.api_key}station-id{self.station_id}t{ts}"
        return hmac.new(self.api_secret.encode(), msg.encode(), hashlib.sha256).hexdigest()

    def current(self) -> dict:
        ts = int(time.time())
        headers = {"X-Api-Secret": self.api_secret}
        r = requests.get(f"{WL}/current/{self.station_id}", params={"api-key": self.api_key, "t": ts}, headers=headers, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"WeatherLink refused station {self.station_id} with secret {self.api_secret}")
        r.raise_for_status()
        data = r.json()
        wl_log.info("station %s: %d sensors, generated_at %s", self.station_id, len(data["sensors"]), data["generated_at"])
        return data

    def outside_temp_c(self) -> float:
        for sensor in self.current()["sensors"]:
            for rec in sensor["data"]:
                if "temp" in rec:
                    return round((rec["temp"] - 32) * 5 / 9, 1)
        raise LookupError(f"no outside temperature for station {self.station_id}")


def frost_check(station_id: int, threshold_c: float = 1.0) -> bool:
    wl = WeatherLink(station_id)
    ts = int(time.time())
    wl_log.debug("signed request t=%s sig=%s", ts, wl._signature(ts)[:8])
    temp = wl.outside_temp_c()
    if temp <= threshold_c:
        wl_log.warning("frost risk at station %s: %.1f C", station_id, temp)
        return True
    return False


if __name__ == "__main__":
    import sys
    sid = int(sys.argv[1])
    print("frost" if frost_check(sid) else "ok")
