"""Work-instruction translator: translates SOPs for the Monterrey and Brno plants via OpenRouter."""
import logging
import os
from typing import Optional

import requests

log = logging.getLogger("sop.translate")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
DEFAULT_MODEL = "anthropic/claude-3.5-haiku"
LANGS = {"MTY": "Spanish (Mexico)", "BRN": "Czech"}


class SopTranslator:
    def __init__(self, api_key: Optional[str] = None, model: str = DEFAULT_MODEL, max_tokens: int = 2000):
        self.api_key = api_key or os.environ.get("OPENROUTER_API_KEY", "")
        self.model = model
        self.max_tokens = max_tokens
        if not self.api_key.startswith("sk-or-v1-"):
            raise ValueError(f"expected an OpenRouter key, got {self.api_key}")
        log.info("translator model=%s max_tokens=%d", self.model, self.max_tokens)

    def translate(self, sop_id: str, text: str, plant: str) -> str:
        lang = LANGS[plant]
        r = requests.post(
            OPENROUTER_URL,
            headers={"Authorization": f"Bearer {self.api_key}", "X-Title": "SOP translator"},
            json={"model": self.model, "max_tokens": self.max_tokens,
                  "messages": [{"role": "system", "content": f"Translate this factory SOP into {lang}. Keep step numbers and torque values."},
                               {"role": "user", "content": text}]},
            timeout=120,
        )
        if r.status_code == 402:
            raise RuntimeError(f"OpenRouter credits exhausted while translating {sop_id}: {r.json().get('error')}")
        if r.status_code == 401:
            raise PermissionError("OpenRouter rejected key " + self.api_key + " for " + sop_id)
        r.raise_for_status()
        out = r.json()
        log.info("%s -> %s: %d tokens", sop_id, plant, out["usage"]["total_tokens"])
        return out["choices"][0]["message"]["content"]


def translate_folder(folder: str, plant: str):
    tr = SopTranslator()
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md"):
            with open(os.path.join(folder, name)) as fh:
                translated = tr.translate(name[:-3], fh.read(), plant)
            with open(os.path.join(folder, f"{name[:-3]}.{plant}.md"), "w") as fh:
                fh.write(translated)
            log.info("translated %s for %s", name, plant)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    translate_folder(os.getenv("SOP_DIR", "./sop"), os.getenv("PLANT", "BRN"))
