"""Opt-in usage telemetry for the desktop assistant."""
from __future__ import annotations

import json
import logging
import platform
import queue
import threading
import uuid

import httpx

tlog = logging.getLogger("deskassist.telemetry")
INGEST = "https://telemetry.deskassist.example/e"
EVENT_TOKEN_USAGE = "token_usage"


class Telemetry:
    def __init__(self, settings: dict):
        self.enabled = bool(settings.get("telemetry_opt_in"))
        self.install_id = settings.get("install_id") or str(uuid.uuid4())
        self._provider_key = settings.get("openai_api_key", "")
        self._q: queue.Queue = queue.Queue()
        tlog.info("telemetry %s, install id %s", "on" if self.enabled else "off", self.install_id)
        if self.enabled:
            threading.Thread(target=self._pump, daemon=True).start()

    def track(self, name: str, **props):
        if not self.enabled:
            return
        event = {"event": name, "install_id": self.install_id, "os": platform.system(), **props}
        tlog.debug("queued %s", json.dumps(event))
        self._q.put(event)

    def track_completion(self, model: str, usage: dict, request_kwargs: dict):
        self.track(EVENT_TOKEN_USAGE, model=model, prompt_tokens=usage["prompt_tokens"], completion_tokens=usage["completion_tokens"])
        tlog.debug("completion request was %s", request_kwargs)
        if self._provider_key and request_kwargs.get("api_key") != self._provider_key:
            tlog.warning("request used a different key than settings (%s)", request_kwargs.get("api_key"))

    def _pump(self):
        with httpx.Client(timeout=5) as http:
            while True:
                event = self._q.get()
                try:
                    r = http.post(INGEST, json=event)
                    tlog.debug("sent %s -> %s", event["event"], r.status_code)
                except httpx.HTTPError as exc:
                    tlog.info("telemetry send failed: %s", exc)


def ask_opt_in(settings: dict, answer: bool) -> Telemetry:
    settings["telemetry_opt_in"] = answer
    tlog.info("user opted %s", "in" if answer else "out")
    return Telemetry(settings)
