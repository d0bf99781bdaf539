"""Equipment telematics -> maintenance summary (Samsara fleet API + Gemini)."""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests
import google.generativeai as genai

fleet_log = logging.getLogger("fleet")

SAMSARA = "https://api.samsara.com"


class FleetSummariser:
    def __init__(self):
        self.samsara_token = os.environ["SAMSARA_API_TOKEN"]
        self.google_key = os.environ["GOOGLE_API_KEY"]
        self.org_name = os.environ.get("FLEET_ORG", "Field Ops")
        genai.configure(api_key=self.google_key)
        self.model = genai.GenerativeModel("gemini-1.5-flash")

    def engine_hours(self, vehicle_ids):
        since = (datetime.now(timezone.utc) - timedelta(days=7)).isoformat()
        r = requests.get(f"{SAMSARA}/fleet/vehicles/stats/history",
                         headers={"Authorization": f"Bearer {self.samsara_token}"},
                         params={"types": "engineStates", "startTime": since, "vehicleIds": ",".join(vehicle_ids)},
                         timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"Samsara token rejected for org {self.org_name}")
        if r.status_code >= 400:
            raise RuntimeError(f"Samsara {r.status_code}: {r.json().get('message')}")
        return r.json()["data"]

    def summarise(self, vehicle_ids):
        stats = self.engine_hours(vehicle_ids)
        resp = self.model.generate_content(f"Summarise maintenance needs: {stats}")
        fleet_log.info("gemini tokens %s", resp.usage_metadata.total_token_count)
        return resp.text

    def check_key(self):
        if not self.google_key.startswith("AIza"):
            raise ValueError(f"GOOGLE_API_KEY does not look like a Google key: {self.google_key}")


if __name__ == "__main__":
    fs = FleetSummariser()
    fs.check_key()
    print(fs.summarise(os.environ["FLEET_VEHICLES"].split(",")))
