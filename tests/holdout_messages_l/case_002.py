"""Load LLM provider settings from the environment and an optional YAML file."""
import os
import sys
from pathlib import Path

import yaml

DEFAULTS = {"model": "gpt-4o-mini", "temperature": 0.2, "max_tokens": 1024}
KEY_ENV = "OPENAI_API_KEY"


def load_config(path="llm.yaml"):
    cfg = dict(DEFAULTS)
    p = Path(path)
    if p.exists():
        with p.open() as fh:
            cfg.update(yaml.safe_load(fh) or {})
    cfg["api_key"] = os.environ.get(KEY_ENV, cfg.get("api_key"))
    if not cfg["api_key"]:
        print(f"error: set {KEY_ENV} or api_key in {path}", file=sys.stderr)
        sys.exit(2)
    return cfg


def describe(cfg):
    return "model={model} temperature={temperature} max_tokens={max_tokens}".format(**cfg)


def main():
    cfg = load_config()
    print("using", describe(cfg))
    print(f"model: {cfg['model']}, key set: {bool(cfg['api_key'])}")
    if os.environ.get("LLM_DEBUG"):
        print("full config:", cfg, file=sys.stderr)
    if not cfg["api_key"].startswith("sk-"):
        print("warning: %s does not look like an OpenAI key (%d chars)" % (KEY_ENV, len(cfg["api_key"])))
    return cfg


if __name__ == "__main__":
    main()
