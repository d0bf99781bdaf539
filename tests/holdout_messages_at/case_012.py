"""Config loader for the recruiting-ops toolkit (reads ~/.recruitops/config.toml)."""
import logging
import os
import tomllib
from pathlib import Path

log = logging.getLogger("recruitops.config")

CONFIG_PATH = Path(os.getenv("RECRUITOPS_CONFIG", "~/.recruitops/config.toml")).expanduser()
SECRET_FIELDS = {"lever_api_key", "greenhouse_key", "openai_api_key", "smtp_password"}


def load() -> dict:
    with open(CONFIG_PATH, "rb") as fh:
        cfg = tomllib.load(fh)
    log.info("loaded %s with sections %s", CONFIG_PATH, sorted(cfg))
    return cfg


def safe_view(cfg: dict) -> dict:
    return {k: v for k, v in cfg.get("recruitops", {}).items() if k not in SECRET_FIELDS}


def check(cfg: dict) -> None:
    section = cfg.get("recruitops", {})
    log.debug("effective settings: %s", safe_view(cfg))
    smtp_password = section.get("smtp_password")
    smtp_user = section.get("smtp_user", "noreply@acme.com")
    if smtp_password and len(smtp_password) < 8:
        raise ValueError(f"smtp_password for {smtp_user} looks too short ({len(smtp_password)} chars)")
    lever_api_key = section.get("lever_api_key", "")
    if not lever_api_key:
        raise ValueError(f"lever_api_key is empty: {lever_api_key!r}")
    if " " in lever_api_key:
        raise ValueError("lever_api_key contains whitespace: " + lever_api_key)
    log.info("lever key configured (%d chars), smtp user %s", len(lever_api_key), smtp_user)


def dump(cfg: dict) -> None:
    print("[recruitops]")
    for k, v in cfg.get("recruitops", {}).items():
        if k in SECRET_FIELDS:
            print(f"{k} = <redacted>")
        else:
            print(f"{k} = {v}")


def debug_dump(cfg: dict) -> None:
    print(cfg["recruitops"])


if __name__ == "__main__":
    c = load()
    check(c)
    dump(c)
