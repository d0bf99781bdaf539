"""Rotate the OpenAI key mounted into the triage pods (Kubernetes Secret), then restart them."""
import base64
import datetime
import logging
import os
import warnings

from kubernetes import client, config
from openai import OpenAI, AuthenticationError

log = logging.getLogger("k8s_rotate")

NAMESPACE = os.environ.get("TRIAGE_NAMESPACE", "secops")
SECRET_NAME = "llm-provider-keys"
DEPLOYMENT = "vuln-triage"


class SecretRotator:
    def __init__(self):
        config.load_incluster_config()
        self.core = client.CoreV1Api()
        self.apps = client.AppsV1Api()

    def current(self) -> str:
        sec = self.core.read_namespaced_secret(SECRET_NAME, NAMESPACE)
        log.info("secret %s/%s has keys %s", NAMESPACE, SECRET_NAME, sorted(sec.data))
        return base64.b64decode(sec.data["OPENAI_API_KEY"]).decode()

    def verify(self, new_key: str) -> bool:
        try:
            OpenAI(api_key=new_key).models.list()
        except AuthenticationError as exc:
            log.error("new key rejected by OpenAI: %s", exc.code)
            return False
        return True

    def rotate(self, new_key: str) -> None:
        old_key = self.current()
        if old_key == new_key:
            warnings.warn(f"rotation is a no-op: {SECRET_NAME} already holds {new_key}")
            return
        if not self.verify(new_key):
            raise RuntimeError(f"not rotating {SECRET_NAME}: OpenAI rejected {new_key}")
        body = {"data": {"OPENAI_API_KEY": base64.b64encode(new_key.encode()).decode()}}
        self.core.patch_namespaced_secret(SECRET_NAME, NAMESPACE, body)
        log.info("patched %s/%s, old key ...%s replaced", NAMESPACE, SECRET_NAME, old_key[-4:])
        now = datetime.datetime.utcnow().isoformat()
        patch = {"spec": {"template": {"metadata": {"annotations": {"secops/rotated-at": now}}}}}
        self.apps.patch_namespaced_deployment(DEPLOYMENT, NAMESPACE, patch)
        log.info("restarted %s at %s", DEPLOYMENT, now)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    SecretRotator().rotate(os.environ["NEW_OPENAI_API_KEY"])
