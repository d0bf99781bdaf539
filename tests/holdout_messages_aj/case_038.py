# commentary.py - live play-by-play for the kart racer, powered by Grok
import logging
import os
import queue
import threading

from openai import OpenAI

log = logging.getLogger("kart.commentary")

XAI_BASE = "https://api.x.ai/v1"
xai_key = os.environ.get("XAI_API_KEY", "")
events: "queue.Queue[dict]" = queue.Queue()


class Commentator(threading.Thread):
    daemon = True

    def __init__(self, xai_key: str, voice_line_tokens: int = 60):
        super().__init__(name="commentator")
        self.xai_key = xai_key
        self.voice_line_tokens = voice_line_tokens
        self.client = OpenAI(api_key=xai_key, base_url=XAI_BASE)
        self.lines: list[str] = []

    def describe(self, ev: dict) -> str:
        r = self.client.chat.completions.create(
            model="grok-2-latest", max_tokens=self.voice_line_tokens,
            messages=[{"role": "system", "content": "You are an excitable kart-racing commentator."},
                      {"role": "user", "content": f"{ev['driver']} {ev['kind']} on lap {ev['lap']}"}])
        return r.choices[0].message.content

    def run(self) -> None:
        while True:
            ev = events.get()
            try:
                self.lines.append(self.describe(ev))
            except Exception as exc:
                log.warning("commentary skipped (%s): %s", type(exc).__name__, ev["kind"])
                log.debug("xai client state: base=%s key=%s", XAI_BASE, self.xai_key)
            finally:
                events.task_done()


def on_race_event(driver: str, kind: str, lap: int) -> None:
    events.put({"driver": driver, "kind": kind, "lap": lap})


def start() -> Commentator:
    if not xai_key:
        log.warning("XAI_API_KEY empty (%r); commentary disabled", xai_key)
        return None
    c = Commentator(xai_key)
    log.info("commentary on, %d tokens per line", c.voice_line_tokens)
    c.start()
    return c


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print("xai key:", xai_key)
    bot = start()
    on_race_event("Mira", "overtakes into first", 3)
    events.join()
    print(bot.lines if bot else "(disabled)")
