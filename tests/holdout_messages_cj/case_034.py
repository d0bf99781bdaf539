"""Localisation of wire stories for regional editions: DeepSeek drafts, HF Inference for QE."""
import logging
import os

import requests
import structlog

log = structlog.get_logger("regional.l10n")

HF_MODEL = "Unbabel/wmt22-cometkiwi-da"
DEEPSEEK_URL = "https://api.deepseek.com/chat/completions"


class Localiser:
    def __init__(self):
        self.deepseek_key = os.environ["DEEPSEEK_API_KEY"]
        self.hf_token = os.environ.get("HF_TOKEN") or os.environ["HUGGINGFACE_API_TOKEN"]
        self.max_tokens = 1200
        log.info("localiser.init", hf_model=HF_MODEL, max_tokens=self.max_tokens)
        log.debug("localiser.credentials", deepseek=self.deepseek_key[:3], hf_token_len=len(self.hf_token))

    def translate(self, text: str, target: str) -> str:
        r = requests.post(DEEPSEEK_URL, headers={"Authorization": f"Bearer {self.deepseek_key}"}, timeout=90,
                          json={"model": "deepseek-chat", "max_tokens": self.max_tokens,
                                "messages": [{"role": "user", "content": f"Translate to {target}, keep AP style:\n{text}"}]})
        if r.status_code != 200:
            log.error("deepseek.failed", status=r.status_code, body=r.text[:300])
            raise RuntimeError(f"DeepSeek {r.status_code}")
        return r.json()["choices"][0]["message"]["content"]

    def quality(self, src: str, mt: str) -> float:
        r = requests.post(f"https://api-inference.huggingface.co/models/{HF_MODEL}",
                          headers={"Authorization": f"Bearer {self.hf_token}"}, json={"inputs": {"src": src, "mt": mt}})
        if r.status_code == 401:
            log.error("hf.unauthorized", token=self.hf_token)
        return float(r.json()[0]["score"]) if r.ok else 0.0


def localise(story: dict, targets=("es", "pt")) -> dict:
    loc = Localiser()
    log.info("localise.config", hf_token_set=bool(loc.hf_token), max_tokens=loc.max_tokens)
    out = {}
    for t in targets:
        mt = loc.translate(story["body"], t)
        score = loc.quality(story["body"], mt)
        log.info("localise.done", story=story["guid"], target=t, score=round(score, 3))
        out[t] = {"body": mt, "qe": score}
    return out


if __name__ == "__main__":
    import json
    print(json.dumps(localise({"guid": "urn:test:1", "body": "The council approved the budget on Tuesday."}), indent=2))
