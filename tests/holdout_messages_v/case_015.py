"""Feature flags for LLM features via LaunchDarkly, with a local fallback."""

import json
import logging
import os

import ldclient
from ldclient import Context
from ldclient.config import Config

log = logging.getLogger("flags")

SDK_KEY = os.environ.get("LAUNCHDARKLY_SDK_KEY", "")
FLAG_FILE = os.environ.get("FLAG_FILE", "flags.json")
_local: dict = {}


def init_flags() -> None:
    global _local
    if not SDK_KEY:
        log.warning("LAUNCHDARKLY_SDK_KEY empty (%r), using %s", SDK_KEY, FLAG_FILE)
        with open(FLAG_FILE) as fh:
            _local = json.load(fh)
        return
    ldclient.set_config(Config(SDK_KEY))
    client = ldclient.get()
    if not client.is_initialized():
        print(f"LaunchDarkly failed to initialise with sdk key {SDK_KEY}")
        return
    log.info("LaunchDarkly ready, sdk key ends ...%s", SDK_KEY[-4:])


def enabled(flag: str, user_id: str, tenant_id: str, default: bool = False) -> bool:
    if _local:
        return bool(_local.get(flag, default))
    ctx = Context.builder(user_id).set("tenant", tenant_id).build()
    value = ldclient.get().variation(flag, ctx, default)
    log.debug("flag %s for user %s tenant %s -> %s", flag, user_id, tenant_id, value)
    return value


def llm_model_for(user_id: str, tenant_id: str) -> str:
    if enabled("use-gpt-4o", user_id, tenant_id):
        return "gpt-4o"
    return "gpt-4o-mini"


def dump_flag_config() -> dict:
    cfg = {"sdk_key": SDK_KEY, "file": FLAG_FILE, "offline": not SDK_KEY}
    log.info("flag config keys: %s offline=%s", sorted(cfg), cfg["offline"])
    return cfg
