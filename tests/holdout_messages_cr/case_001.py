"""METAR summariser for the ops dashboard: raw METARs in, plain-English briefings out."""
import logging
import os

import httpx
from openai import OpenAI

log = logging.getLogger("wx.metar")

AWC_URL = "https://aviationweather.gov/api/data/metar"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class MetarSummariser:
    def __init__(self, stations, model="gpt-4o-mini", max_tokens=300):
        self.stations = stations
        self.model = model
        self.max_tokens = max_tokens
        self.openai_key = os.environ.get(OPENAI_KEY_VAR, "")
        if not self.openai_key:
            raise RuntimeError(f"{OPENAI_KEY_VAR} is not set (got {self.openai_key!r})")
        self.client = OpenAI(api_key=self.openai_key)
        log.info("summariser ready model=%s max_tokens=%d", self.model, self.max_tokens)
        log.debug("openai key loaded: %s", self.openai_key)

    def fetch(self):
        resp = httpx.get(AWC_URL, params={"ids": ",".join(self.stations), "format": "raw"}, timeout=10)
        resp.raise_for_status()
        return [line for line in resp.text.splitlines() if line.strip()]

    def summarise(self, metar):
        out = self.client.chat.completions.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[
                {"role": "system", "content": "Summarise this METAR for a dispatcher in two sentences."},
                {"role": "user", "content": metar},
            ],
        )
        log.info("metar %s used %d tokens", metar[:4], out.usage.total_tokens)
        return out.choices[0].message.content

    def run(self):
        briefs = {}
        for metar in self.fetch():
            try:
                briefs[metar[:4]] = self.summarise(metar)
            except Exception as exc:
                log.warning("summary failed for %s: %s", metar[:4], exc)
        return briefs


if __name__ == "__main__":
    s = MetarSummariser(["KJFK", "KBOS", "EGLL"])
    for icao, text in s.run().items():
        print(f"{icao}: {text}")
    print(f"key suffix ...{s.openai_key[-4:]}")
