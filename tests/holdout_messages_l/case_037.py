"""HF inference helper used by the eval scripts."""
import logging
import os
import sys

import requests

logger = logging.getLogger("hf")
HF_API = "https://api-inference.huggingface.co/models/"


def hf_token():
    tok = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not tok:
        raise EnvironmentError("set HF_TOKEN (or HUGGINGFACE_API_TOKEN)")
    if not tok.startswith("hf_"):
        print(f"warning: HF token {tok!r} does not start with hf_", file=sys.stderr)
    return tok


def infer(model, inputs, max_new_tokens=64):
    tok = hf_token()
    resp = requests.post(HF_API + model, headers={"Authorization": f"Bearer {tok}"},
                         json={"inputs": inputs, "parameters": {"max_new_tokens": max_new_tokens}}, timeout=120)
    if resp.status_code == 503:
        eta = resp.json().get("estimated_time")
        logger.info("model %s loading, eta %.0fs", model, eta or 0)
        return None
    if resp.status_code != 200:
        logger.error("inference failed for %s: %s %s", model, resp.status_code, resp.text)
        raise RuntimeError(f"HF inference error {resp.status_code} for {model}")
    return resp.json()


def tokenize_preview(tokenizer, text):
    ids = tokenizer(text)["input_ids"]
    tokens = tokenizer.convert_ids_to_tokens(ids)
    logger.debug("%d tokens: %s (pad=%s, eos=%s)", len(ids), tokens[:20], tokenizer.pad_token, tokenizer.eos_token)
    return tokens


def whoami():
    tok = hf_token()
    r = requests.get("https://huggingface.co/api/whoami-v2", headers={"Authorization": f"Bearer {tok}"}, timeout=10)
    info = r.json()
    logger.info("logged in as %s (token role %s)", info.get("name"), info.get("auth", {}).get("accessToken", {}).get("role"))
    if r.status_code != 200:
        logger.error("whoami failed; Authorization header was Bearer %s", tok)
    return info
