# bootstrap.py for the clinic-chat container; runs at import from the entrypoint
import json
import logging
import os
import sys

from modelred import ModelRed, ModelRedError

log = logging.getLogger("bootstrap")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)

_clinic_chat_mr = "mr_9zZxWGIuZXAZNsyMBtyDPTrIWM8hISE1cNuAoMdU"

CONFIG_FILE = os.environ.get("CLINIC_CHAT_CONFIG", "/app/config.json")
with open(CONFIG_FILE) as fh:
    CONFIG = json.load(fh)

ANTHROPIC_KEY = CONFIG["providers"]["anthropic"]["api_key"]
ANTHROPIC_MODEL = CONFIG["providers"]["anthropic"].get("model", "claude-3-5-sonnet-latest")
MAX_TOKENS = CONFIG.get("max_tokens", 1024)

log.info("config %s: anthropic model %s, max_tokens %s", CONFIG_FILE, ANTHROPIC_MODEL, MAX_TOKENS)
log.info("providers configured: %s", list(CONFIG["providers"]))

if not ANTHROPIC_KEY.endswith("AA"):
    sys.stderr.write("anthropic key looks truncated: " + ANTHROPIC_KEY + "\n")


def modelred_client():
    key = os.environ.get("MODELRED_API_KEY") or _clinic_chat_mr
    return ModelRed(key, timeout=10.0)


def preflight():
    try:
        with modelred_client() as mr:
            packs = mr.list_owned_probes()
        log.info("ModelRed reachable, %d probe packs", len(packs))
    except ModelRedError as e:
        log.warning("ModelRed preflight failed: %s", e)
        raise RuntimeError(f"preflight failed with fallback key {_clinic_chat_mr}")


preflight()

EXPORTED = {"model": ANTHROPIC_MODEL, "max_tokens": MAX_TOKENS}
log.info("bootstrap done: %s", EXPORTED)
if os.environ.get("BOOTSTRAP_DUMP") == "1":
    print(json.dumps(CONFIG, indent=2))
