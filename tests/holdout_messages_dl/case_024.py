"""Coding-assistant agent launcher: reads ~/.config/devagent/config.json and starts the agent loop."""
import json
import logging
import os
from pathlib import Path

log = logging.getLogger("devagent")
CONFIG = Path(os.environ.get("DEVAGENT_CONFIG", "~/.config/devagent/config.json")).expanduser()
SAFE_FIELDS = ("model", "workspace", "max_tokens", "temperature", "tools")


class AgentConfig:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.model = raw.get("model", "gpt-4o")
        self.workspace = Path(raw.get("workspace", ".")).resolve()
        self.max_tokens = int(raw.get("max_tokens", 2048))
        self.openai_key = raw.get("openai_key") or os.environ.get("OPENAI_API_KEY", "")
        self.github_token = raw.get("github_token") or os.environ.get("GITHUB_TOKEN", "")

    def public(self) -> dict:
        return {k: self.raw[k] for k in SAFE_FIELDS if k in self.raw}

    def dump(self, verbose: bool) -> None:
        log.info("config: %s", self.public())
        if verbose:
            log.debug("github token: %s", self.github_token)
            print(json.dumps(self.raw, indent=2))
        log.info("max_tokens=%d workspace=%s", self.max_tokens, self.workspace)


def load() -> AgentConfig:
    raw = json.loads(CONFIG.read_text())
    cfg = AgentConfig(raw)
    if not cfg.openai_key:
        raise RuntimeError(f"no openai_key in {CONFIG} and OPENAI_API_KEY unset")
    if cfg.openai_key.startswith("sk-") and len(cfg.openai_key) < 40:
        raise RuntimeError(f"openai_key looks truncated: {cfg.openai_key}")
    return cfg


def main() -> None:
    logging.basicConfig(level=logging.DEBUG if os.environ.get("DEVAGENT_VERBOSE") else logging.INFO)
    cfg = load()
    cfg.dump(verbose=bool(os.environ.get("DEVAGENT_VERBOSE")))
    log.info("agent ready in %s with %s tools", cfg.workspace, len(cfg.raw.get("tools", [])))


if __name__ == "__main__":
    main()
