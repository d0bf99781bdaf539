"""Reefer trailer temperature alerts: ORBCOMM readings, excursion notes drafted by Claude."""
import os
import time

import anthropic
import requests
import structlog

log = structlog.get_logger("reefer")

ORBCOMM_URL = "https://platform.orbcomm.example/api/v2/assets/readings"
EXCURSION_F = 3.0
NOTE_MAX_TOKENS = 220


class ReeferWatch:
    def __init__(self):
        self.orbcomm_user = os.environ["ORBCOMM_USER"]
        self.orbcomm_password = os.environ["ORBCOMM_PASSWORD"]
        self.claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.setpoints = {}

    def readings(self) -> list:
        r = requests.get(ORBCOMM_URL, auth=(self.orbcomm_user, self.orbcomm_password), params={"since": int(time.time()) - 900}, timeout=30)
        if r.status_code == 401:
            log.error("orbcomm_auth_failed", user=self.orbcomm_user, password=self.orbcomm_password)
            raise ConnectionError(f"ORBCOMM login failed for {self.orbcomm_user}")
        log.info("orbcomm_readings", status=r.status_code, count=len(r.json()["readings"]))
        return r.json()["readings"]

    def excursions(self) -> list:
        out = []
        for rd in self.readings():
            setpoint = self.setpoints.get(rd["assetId"], rd.get("setpointF"))
            if setpoint is not None and abs(rd["returnAirF"] - setpoint) > EXCURSION_F:
                out.append(rd)
        return out

    def note(self, rd: dict) -> str:
        msg = self.claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=NOTE_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Dispatcher note: trailer {rd['assetId']} at {rd['returnAirF']}F vs setpoint {rd['setpointF']}F, load {rd.get('commodity')}"}],
        )
        log.info("note_drafted", asset=rd["assetId"], input_tokens=msg.usage.input_tokens, output_tokens=msg.usage.output_tokens)
        return msg.content[0].text


def main() -> None:
    watch = ReeferWatch()
    log.info("reefer_watch_start", user=watch.orbcomm_user, excursion_f=EXCURSION_F)
    while True:
        for rd in watch.excursions():
            print(watch.note(rd))
        time.sleep(300)


if __name__ == "__main__":
    main()
