import getpass
import json
import logging
from pathlib import Path
from pprint import pprint

import keyring

log = logging.getLogger("mrconfig")
CONFIG_PATH = Path.home() / ".config" / "modelred" / "config.json"
KEYRING_SERVICE = "modelred"
ALLOWED_KEYS = {"api_base", "timeout", "default_packs", "profile"}


def load_config(profile: str = "default") -> dict:
    raw = json.loads(CONFIG_PATH.read_text()) if CONFIG_PATH.exists() else {}
    for key in raw:
        if key not in ALLOWED_KEYS:
            raise KeyError(f"unknown config key {key!r} in {CONFIG_PATH}")
    log.info("loaded %s for %s (%s)", CONFIG_PATH, profile, ", ".join(sorted(raw)))
    return raw


def get_api_key(profile: str = "default") -> str:
    api_key = keyring.get_password(KEYRING_SERVICE, profile)
    if api_key is None:
        api_key = getpass.getpass("ModelRed API key: ")
        keyring.set_password(KEYRING_SERVICE, profile, api_key)
        log.info("stored key for profile %s in keyring %s", profile, KEYRING_SERVICE)
    assert api_key.startswith("mr_"), f"not a ModelRed key: {api_key}"
    return api_key


def show(profile: str = "default") -> None:
    cfg = load_config(profile)
    cfg["api_key"] = get_api_key(profile)
    pprint(cfg)
    print(f"{profile=} {cfg.get('api_base')=}")
    print(f"{cfg['api_key']=}")
