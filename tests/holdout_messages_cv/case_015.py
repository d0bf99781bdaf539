"""Hours-of-service coaching notes from Motive (KeepTruckin) ELD logs."""
import logging
from datetime import date

import anthropic
import requests
from modelred import ModelRed, APIError, Forbidden, NotFound

log = logging.getLogger("fleet.hos")


class MotiveClient:
    BASE = "https://api.gomotive.com/v1"

    def __init__(self, api_key: str, fleet_id: str):
        self.api_key = api_key
        self.fleet_id = fleet_id
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        log.debug("motive session headers: %s", list(self.session.headers))

    def violations(self, start: date, end: date) -> list:
        r = self.session.get(f"{self.BASE}/hos_violations", params={"start_date": start.isoformat(), "end_date": end.isoformat(), "per_page": 100})
        if r.status_code == 401:
            log.error("motive key %s rejected for fleet %s", self.api_key, self.fleet_id)
            return []
        r.raise_for_status()
        log.info("fleet %s: %d violations", self.fleet_id, len(r.json()["hos_violations"]))
        return r.json()["hos_violations"]


class HosCoach:
    NOTE_MAX_TOKENS = 200

    def __init__(self, motive: MotiveClient, anthropic_key: str, mr_key: str):
        self.motive = motive
        self.claude = anthropic.Anthropic(api_key=anthropic_key)
        self.mr_key = mr_key

    def notes(self, start: date, end: date) -> dict:
        out = {}
        for v in self.motive.violations(start, end):
            driver = v["hos_violation"]["driver"]
            msg = self.claude.messages.create(
                model="claude-3-5-sonnet-latest",
                max_tokens=self.NOTE_MAX_TOKENS,
                messages=[{"role": "user", "content": f"Friendly coaching note for {driver['first_name']}: {v['hos_violation']['type']}"}],
            )
            log.debug("note for driver %s: %s output tokens", driver["id"], msg.usage.output_tokens)
            out[driver["id"]] = msg.content[0].text
        return out

    def safety_check(self, model_id: str) -> dict:
        try:
            with ModelRed(self.mr_key) as mr:
                run = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["harassment", "unsafe-driving-advice"])
                return {"status": "queued", "id": run["id"]}
        except NotFound:
            return {"status": "error", "detail": f"model {model_id} is not registered"}
        except Forbidden as e:
            return {"status": "error", "detail": str(e)}
        except APIError as e:
            log.error("modelred %s on %s", e.status_code, model_id)
            return {"status": "error", "detail": "red-team service unavailable"}
