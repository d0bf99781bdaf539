"""CronJob: rotate the OpenAI key stored in a Kubernetes Secret, new key from Vault."""
import base64
import hashlib
import logging
import os

import hvac
from kubernetes import client, config

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("rotate-openai")

NAMESPACE = os.getenv("NAMESPACE", "assistants")
SECRET = os.getenv("SECRET_NAME", "openai")
VAULT_PATH = "llm/openai/next"


def fingerprint(value):
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def main():
    config.load_incluster_config()
    core = client.CoreV1Api()
    with open("/var/run/secrets/kubernetes.io/serviceaccount/token") as fh:
        vault = hvac.Client(url=os.environ["VAULT_ADDR"])
        vault.auth.kubernetes.login(role="rotate-openai", jwt=fh.read())
    log.info("reading next key from vault path %s", VAULT_PATH)
    nxt = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
    new_key, key_id = nxt["api_key"], nxt["key_id"]
    log.info("next key id %s fingerprint %s", key_id, fingerprint(new_key))

    current = core.read_namespaced_secret(SECRET, NAMESPACE)
    old_key = base64.b64decode(current.data["OPENAI_API_KEY"]).decode()
    if old_key == new_key:
        log.info("secret already on key %s, nothing to do", key_id)
        return

    log.info("patching %s/%s with new key %s", NAMESPACE, SECRET, new_key)
    patched = core.patch_namespaced_secret(
        SECRET, NAMESPACE, {"stringData": {"OPENAI_API_KEY": new_key, "OPENAI_KEY_ID": key_id}}
    )
    log.info("patched, resourceVersion=%s", patched.metadata.resource_version)

    apps = client.AppsV1Api()
    apps.patch_namespaced_deployment(
        "assistant-api", NAMESPACE,
        {"spec": {"template": {"metadata": {"annotations": {"rotated-key-id": key_id}}}}},
    )
    vault.secrets.kv.v2.create_or_update_secret(path="llm/openai/retired", secret={"api_key": old_key})
    log.info("retired old key %s (was %s)", old_key, fingerprint(old_key))


if __name__ == "__main__":
    main()
