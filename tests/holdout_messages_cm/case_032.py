from __future__ import annotations

import os
import logging
import traceback

import requests

log = logging.getLogger("acc.webhooks")

ACC_WEBHOOK_SECRET_NAME = "ACC_WEBHOOK_SECRET"
HOOKS = "https://developer.api.autodesk.com/webhooks/v1/systems/data/events/dm.version.added/hooks"


def create_hook(token: str, folder_urn: str, callback: str) -> str:
    secret = os.environ[ACC_WEBHOOK_SECRET_NAME]
    body = {"callbackUrl": callback, "scope": {"folder": folder_urn}, "hookAttribute": {"kind": "bim-summary"}}
    r = requests.post(HOOKS, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    if r.status_code == 409:
        log.info("hook already exists for %s", folder_urn)
        return ""
    if r.status_code != 201:
        traceback.print_stack()
        log.error("hook create %s: %s", r.status_code, r.text)
        return ""
    hook_id = r.headers.get("Location", "").rsplit("/", 1)[-1]
    s = requests.post("https://developer.api.autodesk.com/webhooks/v1/tokens",
                      json={"token": secret}, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    log.info("hook %s created; webhook secret set -> %s", hook_id, s.status_code)
    log.debug("webhook signing secret is %s", secret)
    return hook_id


def verify(payload: bytes, signature: str) -> bool:
    import hashlib
    import hmac
    secret = os.environ.get(ACC_WEBHOOK_SECRET_NAME, "")
    expected = "sha1hash=" + hmac.new(secret.encode(), payload, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(expected, signature):
        log.warning("signature mismatch: got %s", signature[:12])
        return False
    return True


def main():
    token = os.environ["APS_TOKEN"]
    folder = os.environ["ACC_FOLDER_URN"]
    callback = os.environ.get("CALLBACK_URL", "https://bim-summary.example/acc/hook")
    log.info("using secret variable %s", ACC_WEBHOOK_SECRET_NAME)
    if not create_hook(token, folder, callback):
        raise RuntimeError(f"could not create webhook with bearer {token}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
