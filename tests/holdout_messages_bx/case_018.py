"""Telemetry uploader: pushes MAVLink-derived flight summaries to the fleet API and an LLM."""
import logging
import os
import time

import httpx
from pymavlink import mavutil

log = logging.getLogger("uploader")


class FleetUploader:
    def __init__(self, base_url: str, api_key: str, openai_key: str, vehicle_id: str):
        self.base_url = base_url
        self.vehicle_id = vehicle_id
        self.headers = {"Authorization": f"Bearer {api_key}", "X-Vehicle": vehicle_id}
        self._openai_key = openai_key
        self.http = httpx.Client(base_url=base_url, headers=self.headers, timeout=10)

    def upload(self, summary: dict):
        r = self.http.post("/flights", json=summary)
        if r.is_error:
            log.error("upload failed for %s: %s %s", self.vehicle_id, r.status_code, r.text)
            log.debug("request headers were %s", self.headers)
            r.raise_for_status()

    def llm_note(self, summary: dict) -> str:
        r = httpx.post("https://api.openai.com/v1/chat/completions",
                       headers={"Authorization": f"Bearer {self._openai_key}"},
                       json={"model": "gpt-4o-mini", "max_tokens": 100,
                             "messages": [{"role": "user", "content": f"One-line note: {summary}"}]})
        if r.status_code == 401:
            raise PermissionError(f"OpenAI rejected key {self._openai_key}")
        return r.json()["choices"][0]["message"]["content"]


def summarise(conn) -> dict:
    start, max_alt = time.time(), 0.0
    while time.time() - start < 60:
        m = conn.recv_match(type="GLOBAL_POSITION_INT", blocking=True, timeout=2)
        if m:
            max_alt = max(max_alt, m.relative_alt / 1000)
    return {"max_alt_m": max_alt, "duration_s": 60}


def main():
    up = FleetUploader(os.environ["FLEET_URL"], os.environ["FLEET_API_KEY"], os.environ["OPENAI_API_KEY"],
                       os.environ.get("VEHICLE_ID", "quad-07"))
    log.info("uploader for %s at %s", up.vehicle_id, up.base_url)
    log.info("auth header names: %s", sorted(up.headers))
    conn = mavutil.mavlink_connection("udpin:0.0.0.0:14550")
    s = summarise(conn)
    s["note"] = up.llm_note(s)
    up.upload(s)


if __name__ == "__main__":
    main()
