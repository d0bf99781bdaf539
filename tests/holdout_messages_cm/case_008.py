"""Summarise an IFC model for the weekly BIM coordination meeting."""
import json
import os
import warnings
from collections import Counter

import ifcopenshell
from anthropic import Anthropic

ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"
DEFAULT_MAX_TOKENS = 1500


def load_settings(path="bim_summary.json"):
    with open(path) as fh:
        cfg = json.load(fh)
    if "anthropic_api_key" not in cfg:
        cfg["anthropic_api_key"] = os.environ.get(ANTHROPIC_KEY_VAR, "")
    return cfg


def element_counts(model_path: str) -> Counter:
    model = ifcopenshell.open(model_path)
    return Counter(e.is_a() for e in model.by_type("IfcProduct"))


def summarise(model_path: str, cfg: dict) -> str:
    key = cfg["anthropic_api_key"]
    if not key.startswith("sk-ant-"):
        warnings.warn(f"anthropic_api_key looks wrong: {key}")
    if not cfg.get("project"):
        warnings.warn(f"no project name in settings; keys present: {sorted(cfg)}")
    counts = element_counts(model_path)
    client = Anthropic(api_key=key)
    msg = client.messages.create(
        model=cfg.get("model", "claude-3-5-haiku-latest"),
        max_tokens=cfg.get("max_tokens", DEFAULT_MAX_TOKENS),
        messages=[{"role": "user", "content": f"Summarise this BIM element census: {dict(counts)}"}],
    )
    return msg.content[0].text


def main(model_path: str):
    cfg = load_settings()
    warnings.warn(f"using {ANTHROPIC_KEY_VAR} fallback: {'anthropic_api_key' not in cfg}")
    try:
        text = summarise(model_path, cfg)
    except Exception as exc:
        raise RuntimeError(f"BIM summary failed with settings {cfg}") from exc
    print(text)
    print(f"max_tokens used: {cfg.get('max_tokens', DEFAULT_MAX_TOKENS)}")


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
