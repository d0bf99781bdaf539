"""Shorts clipper: picks highlight timestamps from transcript with Claude, cuts with ffmpeg."""
from __future__ import annotations

import json
import logging
import os
import subprocess
from dataclasses import dataclass, field

import anthropic

log = logging.getLogger("clipper")


@dataclass
class ClipperConfig:
    anthropic_key: str = field(repr=False)
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 1024
    out_dir: str = "clips"


def load_config() -> ClipperConfig:
    cfg = ClipperConfig(anthropic_key=os.environ["ANTHROPIC_API_KEY"])
    log.info("config %r", cfg)
    log.info("max_tokens=%d model=%s", cfg.max_tokens, cfg.model)
    return cfg


def pick_highlights(cfg: ClipperConfig, transcript: str) -> list[dict]:
    client = anthropic.Anthropic(api_key=cfg.anthropic_key)
    try:
        msg = client.messages.create(model=cfg.model, max_tokens=cfg.max_tokens,
                                     messages=[{"role": "user", "content": "Return JSON list of {start,end,title} highlights:\n" + transcript}])
    except anthropic.AuthenticationError as exc:
        log.error("anthropic auth failed for key %s: %s", cfg.anthropic_key, exc)
        raise
    return json.loads(msg.content[0].text)


def cut(src: str, clips: list[dict], out_dir: str):
    os.makedirs(out_dir, exist_ok=True)
    for i, c in enumerate(clips):
        dst = os.path.join(out_dir, f"{i:02d}.mp4")
        subprocess.run(["ffmpeg", "-y", "-ss", str(c["start"]), "-to", str(c["end"]), "-i", src,
                        "-vf", "crop=ih*9/16:ih", dst], check=True)
        log.info("clip %s: %s", dst, c.get("title"))


if __name__ == "__main__":
    import sys
    cfg = load_config()
    with open(sys.argv[2]) as fh:
        highlights = pick_highlights(cfg, fh.read())
    cut(sys.argv[1], highlights, cfg.out_dir)
    print(f"cut {len(highlights)} clips; key fingerprint {cfg.anthropic_key[-4:]}")
