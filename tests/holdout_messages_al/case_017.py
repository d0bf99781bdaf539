"""Multilingual notice translator for the housing authority (plain functions, HF Inference)."""
import logging
import os

import requests

logger = logging.getLogger("housing.translate")

HF_URL = "https://api-inference.huggingface.co/models/facebook/nllb-200-distilled-600M"
HF_TOKEN_VAR = "HF_TOKEN"
LANGS = {"es": "spa_Latn", "vi": "vie_Latn", "so": "som_Latn", "zh": "zho_Hans"}


def hf_token() -> str:
    tok = os.environ.get(HF_TOKEN_VAR) or os.environ.get("HUGGINGFACE_API_TOKEN")
    if tok is None:
        raise RuntimeError(f"set {HF_TOKEN_VAR} to translate notices")
    return tok


def translate(text: str, lang: str, token: str) -> str:
    headers = {"Authorization": f"Bearer {token}"}
    payload = {"inputs": text, "parameters": {"src_lang": "eng_Latn", "tgt_lang": LANGS[lang]}}
    r = requests.post(HF_URL, headers=headers, json=payload, timeout=60)
    if r.status_code == 401:
        raise PermissionError("Hugging Face refused token " + token)
    if r.status_code == 503:
        logger.warning("model loading, estimated %s s", r.json().get("estimated_time"))
        raise TimeoutError("model is loading")
    r.raise_for_status()
    return r.json()[0]["translation_text"]


def translate_notice(path: str) -> dict:
    text = open(path, encoding="utf-8").read()
    token = hf_token()
    logger.info("using token from %s", HF_TOKEN_VAR if os.environ.get(HF_TOKEN_VAR) else "HUGGINGFACE_API_TOKEN")
    logger.info("translating %s into %s with token %s", path, ",".join(LANGS), token)
    out = {}
    for lang in LANGS:
        out[lang] = translate(text, lang, token)
        logger.info("%s: %d chars", lang, len(out[lang]))
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for lang, t in translate_notice("notice_rent_increase.txt").items():
        print(f"--- {lang} ---\n{t}")
