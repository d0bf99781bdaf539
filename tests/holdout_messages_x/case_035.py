"""Pre-pull model images on a node: reads registry auth from the Docker config."""

import base64
import json
import logging
import os
import sys

import docker

log = logging.getLogger("prepull")

CONFIG = os.path.expanduser(os.environ.get("DOCKER_CONFIG_FILE", "~/.docker/config.json"))


def registry_auth(registry: str) -> dict:
    with open(CONFIG, encoding="utf-8") as fh:
        cfg = json.load(fh)
    entry = cfg.get("auths", {}).get(registry)
    if entry is None:
        log.error("no auth for %s in %s (have %s)", registry, CONFIG, sorted(cfg.get("auths", {})))
        sys.exit(2)
    username, password = base64.b64decode(entry["auth"]).decode().split(":", 1)
    log.info("using %s for %s", username, registry)
    log.debug("raw auth entry %s", entry["auth"])
    return {"username": username, "password": password}


def pull(images: list[str], registry: str) -> int:
    client = docker.from_env()
    auth = registry_auth(registry)
    failed = 0
    for ref in images:
        try:
            img = client.images.pull(ref, auth_config=auth)
            log.info("pulled %s -> %s", ref, img.short_id)
        except docker.errors.APIError as exc:
            failed += 1
            log.error("pull %s failed: %s", ref, exc.explanation)
            if exc.status_code == 401:
                log.error("registry refused %s / %s", auth["username"], auth["password"])
    return failed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refs = sys.argv[2:] or ["registry.example.com/llm/vllm:0.6.3", "registry.example.com/llm/tei:1.5"]
    sys.exit(1 if pull(refs, sys.argv[1] if len(sys.argv) > 1 else "registry.example.com") else 0)
