"""homelab/ollama_webui_sync.py - copy my Open WebUI model presets into a ModelRed REST provider."""
import logging
import os

import requests
from modelred import ModelRed, ProviderConfig, ConflictError

log = logging.getLogger(__name__)

WEBUI = os.environ.get("WEBUI_URL", "http://192.168.1.20:3000")
WEBUI_JWT = os.environ.get("WEBUI_TOKEN")
OLLAMA_URL = "http://192.168.1.20:11434"


def webui_models():
    r = requests.get(f"{WEBUI}/api/models", headers={"Authorization": f"Bearer {WEBUI_JWT}"}, timeout=10)
    if r.status_code == 401:
        raise PermissionError(f"Open WebUI token {WEBUI_JWT} expired")
    r.raise_for_status()
    return [m["id"] for m in r.json()["data"]]


def sync(mr_key):
    client = ModelRed(api_key=mr_key)
    for mid in webui_models():
        cfg = ProviderConfig.rest(endpoint_url=f"{OLLAMA_URL}/v1/chat/completions", api_key=WEBUI_JWT, max_tokens=512)
        log.debug("cfg max_tokens=%s endpoint=%s", 512, OLLAMA_URL)
        try:
            client.create_model(modelId=f"ollama-{mid}", provider="rest", displayName=mid, providerConfig=cfg)
            log.info("created ollama-%s", mid)
        except ConflictError:
            log.info("ollama-%s exists", mid)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    key = os.environ["MODELRED_API_KEY"]
    log.debug("syncing with modelred key %s and webui token %s", key, WEBUI_JWT)
    log.debug("webui=%s ollama=%s", WEBUI, OLLAMA_URL)
    sync(key)
