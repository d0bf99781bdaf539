"""Alignment advisor for the microfocus beamline: reads motor readbacks over EPICS and asks
an OpenRouter-hosted model which axis to scan next."""
import logging
from pathlib import Path

import epics
import httpx
import yaml

CONFIG = Path("/opt/bl7/advisor.yaml")
PVS = {"x": "BL7:MOTOR:X.RBV", "y": "BL7:MOTOR:Y.RBV", "i0": "BL7:I0:CURRENT"}
MAX_TOKENS = 250


class AlignmentAdvisor:
    def __init__(self, config_path=CONFIG):
        cfg = yaml.safe_load(config_path.read_text())
        self.model = cfg.get("model", "mistralai/mistral-small")
        self.openrouter_key = cfg["openrouter"]["api_key"]
        self.base_url = cfg["openrouter"].get("base_url", "https://openrouter.ai/api/v1")
        self.log = logging.getLogger("bl7.advisor")
        self.log.info(f"advisor ready: model={self.model} base={self.base_url}")
        self.log.debug(f"advisor ready with key {self.openrouter_key}")

    def readbacks(self):
        values = {name: epics.caget(pv, timeout=2.0) for name, pv in PVS.items()}
        missing = [PVS[n] for n, v in values.items() if v is None]
        if missing:
            self.log.warning("no readback from %s", missing)
        return values

    def advise(self):
        rb = self.readbacks()
        resp = httpx.post(
            f"{self.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {self.openrouter_key}"},
            json={"model": self.model, "max_tokens": MAX_TOKENS,
                  "messages": [{"role": "user", "content": f"Readbacks {rb}. Which axis next?"}]},
            timeout=30,
        )
        if resp.status_code == 401:
            raise RuntimeError(f"OpenRouter 401 for key {self.openrouter_key}")
        if resp.status_code >= 400:
            raise RuntimeError(f"OpenRouter error {resp.status_code}: {resp.text[:300]}")
        data = resp.json()
        self.log.info("advice used %s tokens", data["usage"]["total_tokens"])
        return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(AlignmentAdvisor().advise())
