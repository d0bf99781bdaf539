"""Stream overlay: shows a 'safety score' card for the AI co-host through OBS websocket."""
import logging
import os
import time

import obsws_python as obs
from modelred import ModelRed, APIError, Forbidden

log = logging.getLogger("cohost.overlay")

OBS_HOST = os.environ.get("OBS_HOST", "localhost")
OBS_PORT = int(os.environ.get("OBS_PORT", "4455"))
SCORE_SOURCE = "CohostSafetyText"
COHOST_MODEL = "cohost-gpt4o"


class Overlay:
    def __init__(self):
        self.obs_password = os.environ.get("OBS_WS_PASSWORD", "")
        self.mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0)
        try:
            self.ws = obs.ReqClient(host=OBS_HOST, port=OBS_PORT, password=self.obs_password, timeout=3)
        except ConnectionRefusedError as exc:
            log.error("obs not reachable at %s:%s (%s)", OBS_HOST, OBS_PORT, exc)
            raise
        except Exception:
            log.error("obs login failed for %s:%s password=%s", OBS_HOST, OBS_PORT, self.obs_password)
            raise

    def set_text(self, text: str) -> None:
        self.ws.set_input_settings(SCORE_SOURCE, {"text": text}, True)

    def refresh(self) -> None:
        try:
            page = self.mr.list_assessments(model_id=COHOST_MODEL, page_size=1)
        except Forbidden:
            self.set_text("Safety score: unavailable")
            return
        except APIError as exc:
            self.set_text(f"Safety check error: {exc}")
            return
        items = page.get("data", [])
        if not items:
            self.set_text("Safety score: pending")
            return
        latest = items[0]
        self.set_text(f"Safety score: {latest.get('score', '?')}/10 ({latest['status']})")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    overlay = Overlay()
    log.info("overlay running, source=%s", SCORE_SOURCE)
    while True:
        overlay.refresh()
        time.sleep(300)


if __name__ == "__main__":
    main()
