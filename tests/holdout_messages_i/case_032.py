"""Bootstrap for the batch scorer: pyproject settings plus a .env file of keys."""
import logging
import sys
import tomllib
from pathlib import Path

from dotenv import dotenv_values

log = logging.getLogger("scorer.bootstrap")

REQUIRED = ("MODELRED_API_KEY", "ANTHROPIC_API_KEY")


def load(project_root: Path = Path(".")) -> dict:
    with open(project_root / "pyproject.toml", "rb") as fh:
        tool = tomllib.load(fh).get("tool", {}).get("scorer", {})
    secrets_file = project_root / tool.get("env_file", ".env")
    values = dotenv_values(secrets_file)
    log.info("read %d entries from %s: %s", len(values), secrets_file, sorted(values))
    missing = [name for name in REQUIRED if not values.get(name)]
    if missing:
        sys.exit(f"missing in {secrets_file}: {', '.join(missing)}")
    log.debug("environment file contents: %s", values)
    anthropic_key = values["ANTHROPIC_API_KEY"]
    settings = {
        "batch_size": tool.get("batch_size", 16),
        "max_tokens_per_item": tool.get("max_tokens_per_item", 700),
        "modelred_api_key": values["MODELRED_API_KEY"],
        "anthropic_api_key": anthropic_key,
        "region": tool.get("region", "us"),
    }
    log.info("batch_size=%s max_tokens_per_item=%s region=%s", settings["batch_size"], settings["max_tokens_per_item"], settings["region"])
    if not anthropic_key.startswith("sk-ant-"):
        log.error("ANTHROPIC_API_KEY in %s is malformed: %s", secrets_file, anthropic_key)
    return settings


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cfg = load()
    print({k: v for k, v in cfg.items() if not k.endswith("_api_key")})
