"""PyVISA driver wrapper for the Keysight DSOX scope on bench 3, with an assistant that
describes captured waveforms in words for the lab log."""
import logging
import os

import numpy as np
import pyvisa
from openai import OpenAI

log = logging.getLogger("bench3.scope")

SCOPE_RESOURCE = "TCPIP0::192.168.10.41::inst0::INSTR"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class ScopeAssistant:
    max_tokens = 300

    def __init__(self, resource=SCOPE_RESOURCE, api_key=None, model="gpt-4o-mini"):
        self.resource = resource
        self.model = model
        self.api_key = api_key or os.environ.get(OPENAI_KEY_VAR)
        if not self.api_key:
            raise RuntimeError(f"set {OPENAI_KEY_VAR} or pass api_key=")
        self.rm = pyvisa.ResourceManager("@py")
        self.scope = self.rm.open_resource(resource)
        self.scope.timeout = 5000
        log.debug("opened %s, assistant model=%s key=%s", resource, model, self.api_key)
        self.client = OpenAI(api_key=self.api_key)

    def identify(self):
        idn = self.scope.query("*IDN?").strip()
        log.info("connected to %s (model %s, max_tokens=%d)", idn, self.model, self.max_tokens)
        return idn

    def capture(self, channel=1):
        self.scope.write(f":WAVeform:SOURce CHANnel{channel}")
        self.scope.write(":WAVeform:FORMat ASCii")
        raw = self.scope.query(":WAVeform:DATA?")
        values = np.array([float(v) for v in raw[10:].split(",") if v.strip()])
        return values

    def describe(self, channel=1):
        wave = self.capture(channel)
        stats = {"min": float(wave.min()), "max": float(wave.max()), "rms": float(np.sqrt(np.mean(wave ** 2)))}
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": f"Describe this scope capture: {stats}"}],
            )
        except Exception as exc:
            raise RuntimeError(f"OpenAI request with key {self.api_key} failed: {exc}") from exc
        log.info("ch%d described, %d tokens", channel, resp.usage.total_tokens)
        return resp.choices[0].message.content

    def close(self):
        log.info("closing %s", self.resource)
        self.scope.close()
        self.rm.close()
