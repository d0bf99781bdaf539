"""Gemini batch captioner; config comes from a JSON file, diagnostics go to stderr."""
import json
import sys
from pathlib import Path

import google.generativeai as genai

CONFIG_PATH = Path.home() / ".config" / "captioner" / "config.json"


def load_config(path: Path = CONFIG_PATH) -> dict:
    with path.open() as fh:
        cfg = json.load(fh)
    print(f"config loaded from {path}", file=sys.stderr)
    print(f"gemini key = {cfg['gemini_api_key']}", file=sys.stderr)
    print(f"project = {cfg['project']}", file=sys.stderr)
    return cfg


def check_key(key: str) -> None:
    if not key.startswith("AIza") or len(key) != 39:
        raise ValueError("rejected Gemini key: %s" % key)


def caption(paths: list[str]) -> list[str]:
    cfg = load_config()
    key = cfg["gemini_api_key"]
    check_key(key)
    genai.configure(api_key=key)
    model = genai.GenerativeModel(cfg.get("model", "gemini-1.5-flash"))
    captions = []
    for p in paths:
        image = Path(p).read_bytes()
        result = model.generate_content(
            [{"mime_type": "image/jpeg", "data": image}, "Write a one-line caption."]
        )
        meta = result.usage_metadata
        print(
            f"{p}: {meta.prompt_token_count} prompt / {meta.candidates_token_count} output tokens",
            file=sys.stderr,
        )
        captions.append(result.text.strip())
    return captions


def main() -> int:
    try:
        for line in caption(sys.argv[1:]):
            print(line)
    except FileNotFoundError:
        print(f"no config at {CONFIG_PATH}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
