"""Hugging Face inference settings resolved through a ChainMap of layers (CLI > env > file > defaults)."""
import argparse
import json
import logging
import os
from collections import ChainMap

import requests

log = logging.getLogger("hf.infer")

DEFAULTS = {"hf_model": "mistralai/Mistral-7B-Instruct-v0.3", "max_new_tokens": 256, "hf_endpoint": None}


def file_layer(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}


def env_layer() -> dict:
    out = {}
    if os.environ.get("HF_TOKEN"):
        out["hf_token"] = os.environ["HF_TOKEN"]
    if os.environ.get("HF_MODEL"):
        out["hf_model"] = os.environ["HF_MODEL"]
    return out


def build_config(cli: argparse.Namespace) -> ChainMap:
    cli_layer = {k: v for k, v in vars(cli).items() if v is not None}
    cfg = ChainMap(cli_layer, env_layer(), file_layer(cli.config or "hf.json"), DEFAULTS)
    log.info("config layers: %d, model=%s, max_new_tokens=%s", len(cfg.maps), cfg["hf_model"], cfg["max_new_tokens"])
    log.debug("hf_token present per layer: %s", ["hf_token" in m for m in cfg.maps])
    return cfg


def generate(cfg: ChainMap, prompt: str) -> str:
    token = cfg["hf_token"]
    url = cfg["hf_endpoint"] or f"https://api-inference.huggingface.co/models/{cfg['hf_model']}"
    resp = requests.post(url, headers={"Authorization": f"Bearer {token}"},
                         json={"inputs": prompt, "parameters": {"max_new_tokens": cfg["max_new_tokens"]}}, timeout=60)
    if resp.status_code == 401:
        log.error("HF token %s rejected for %s", token, cfg["hf_model"])
        raise PermissionError(f"Hugging Face rejected token {token}")
    if not resp.ok:
        raise RuntimeError(f"inference failed {resp.status_code}: {resp.text[:300]}")
    return resp.json()[0]["generated_text"]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--config")
    ap.add_argument("--hf-token", dest="hf_token")
    ap.add_argument("--hf-model", dest="hf_model")
    print(generate(build_config(ap.parse_args()), ap.parse_args().prompt))
