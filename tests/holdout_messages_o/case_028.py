"""rotate_key.py - weekly cron: rotate the gateway's master key and push it to k8s.

Uses loguru because that is what the rest of the ops scripts use.
"""
import base64
import secrets
import subprocess
import sys

import requests
from loguru import logger

GATEWAY_ADMIN = "https://gateway.internal/admin"
K8S_SECRET = "gateway-master-key"
NAMESPACE = "llm"


def current_key() -> str:
    out = subprocess.run(["kubectl", "-n", NAMESPACE, "get", "secret", K8S_SECRET, "-o", "jsonpath={.data.key}"], capture_output=True, text=True, check=True)
    return base64.b64decode(out.stdout).decode()


def main() -> int:
    old_key = current_key()
    new_key = "gw_" + secrets.token_urlsafe(32)
    logger.info("rotating {} in namespace {}", K8S_SECRET, NAMESPACE)
    r = requests.post(f"{GATEWAY_ADMIN}/master-key", json={"new": new_key}, headers={"X-Master-Key": old_key}, timeout=15)
    if r.status_code != 200:
        logger.error("gateway refused rotation ({}): {}", r.status_code, r.text)
        logger.error("old key was {} new key would have been {}", old_key, new_key)
        return 1
    patch = '{"data":{"key":"%s"}}' % base64.b64encode(new_key.encode()).decode()
    subprocess.run(["kubectl", "-n", NAMESPACE, "patch", "secret", K8S_SECRET, "-p", patch], check=True)
    logger.success("rotated; new key fingerprint {}", new_key[:6])
    logger.debug("kubectl patch body: {}", patch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
