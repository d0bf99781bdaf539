"""Handwritten-text recognition of ledger scans with TrOCR via the Hugging Face Inference API."""
import logging
import os
import pathlib

import requests
from huggingface_hub import HfApi

logger = logging.getLogger("htr")

MODEL = "microsoft/trocr-large-handwritten"
ENDPOINT = f"https://api-inference.huggingface.co/models/{MODEL}"


def hf_token() -> str:
    tok = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not tok:
        raise RuntimeError("set HF_TOKEN or HUGGINGFACE_API_TOKEN")
    if not tok.startswith("hf_"):
        raise RuntimeError(f"HF token must start with hf_, got {tok}")
    return tok


def whoami(token: str) -> str:
    info = HfApi(token=token).whoami()
    logger.info("HF user %s, orgs=%s", info["name"], [o["name"] for o in info.get("orgs", [])])
    return info["name"]


def recognise_line(png: pathlib.Path, token: str) -> str:
    headers = {"Authorization": f"Bearer {token}"}
    logger.debug("HTR endpoint %s for %s", ENDPOINT, png.name)
    r = requests.post(ENDPOINT, headers=headers, data=png.read_bytes(), timeout=60)
    if r.status_code == 503:
        logger.info("model loading, estimated %s s", r.json().get("estimated_time"))
        return ""
    if r.status_code != 200:
        logger.error("HTR failed for %s: %s %s", png.name, r.status_code, r.text)
        logger.debug("request headers: %s", headers)
        return ""
    return r.json()[0]["generated_text"]


def run(folder: str) -> None:
    token = hf_token()
    whoami(token)
    lines = sorted(pathlib.Path(folder).glob("line_*.png"))
    with open(pathlib.Path(folder) / "transcript.txt", "w", encoding="utf-8") as out:
        for png in lines:
            out.write(recognise_line(png, token) + "\n")
    logger.info("%d lines transcribed in %s", len(lines), folder)


if __name__ == "__main__":
    import sys
    run(sys.argv[1])
