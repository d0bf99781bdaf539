"""Fleet telematics ingestion (Samsara) with GPT anomaly notes; class-heavy."""
import logging
import os
from typing import Iterable

import httpx
from openai import OpenAI, APIStatusError

telemetry_log = logging.getLogger("fleet.telemetry")


class SamsaraSource:
    BASE = "https://api.samsara.com"

    def __init__(self, api_token: str, org_id: str):
        self._api_token = api_token
        self.org_id = org_id
        self.http = httpx.Client(base_url=self.BASE, headers={"Authorization": f"Bearer {api_token}"})

    def vehicles(self) -> Iterable[dict]:
        r = self.http.get("/fleet/vehicles/stats", params={"types": "gps,engineStates"})
        if r.status_code == 401:
            raise PermissionError(f"Samsara token {self._api_token} rejected for org {self.org_id}")
        telemetry_log.info("samsara org %s returned %s", self.org_id, r.status_code)
        return r.json().get("data", [])

    def __repr__(self):
        return f"SamsaraSource(org_id={self.org_id!r})"


class AnomalyNotes:
    def __init__(self):
        self.key = os.environ["OPENAI_API_KEY"]
        self.client = OpenAI(api_key=self.key)
        self.model = os.environ.get("ANOMALY_MODEL", "gpt-4o-mini")

    def note(self, vehicle: dict) -> str:
        try:
            out = self.client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": str(vehicle)}])
        except APIStatusError as err:
            telemetry_log.error("openai %s (model %s, key %s)", err.status_code, self.model, self.key)
            return ""
        telemetry_log.debug("tokens used %s", out.usage.total_tokens)
        return out.choices[0].message.content


def run():
    src = SamsaraSource(os.environ["SAMSARA_API_TOKEN"], os.environ["SAMSARA_ORG_ID"])
    telemetry_log.info("source %r", src)
    notes = AnomalyNotes()
    for v in src.vehicles():
        if v.get("engineStates", [{}])[-1].get("value") == "Idle":
            telemetry_log.info("%s: %s", v["name"], notes.note(v))


if __name__ == "__main__":
    run()
