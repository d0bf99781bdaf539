"""Create the Mistral credentials Secret from the developer's keyring (local clusters)."""
import getpass
import logging

import keyring
from kubernetes import client, config
from kubernetes.client.rest import ApiException

log = logging.getLogger(__name__)

KEYRING_SERVICE = "mistral-api"
SECRET_NAME = "mistral-credentials"


def build_secret(namespace, mistral_key):
    return client.V1Secret(
        api_version="v1",
        kind="Secret",
        metadata=client.V1ObjectMeta(
            name=SECRET_NAME,
            namespace=namespace,
            labels={"app.kubernetes.io/managed-by": "dev-bootstrap"},
        ),
        type="Opaque",
        string_data={"MISTRAL_API_KEY": mistral_key, "MISTRAL_MODEL": "mistral-large-latest"},
    )


def main(namespace="default", dry_run=False):
    config.load_kube_config()
    core = client.CoreV1Api()
    user = getpass.getuser()
    log.info("reading %s for user %s from keyring", KEYRING_SERVICE, user)
    mistral_key = keyring.get_password(KEYRING_SERVICE, user)
    if mistral_key is None:
        raise SystemExit(f"no {KEYRING_SERVICE} entry in keyring for {user}")
    body = build_secret(namespace, mistral_key)
    if dry_run:
        print(body)
        return
    log.debug(f"string_data={body.string_data}")
    log.debug("secret %s labels %s", body.metadata.name, body.metadata.labels)
    try:
        created = core.create_namespaced_secret(namespace, body)
    except ApiException as e:
        if e.status != 409:
            log.error("create failed: %s %s", e.status, e.reason)
            raise
        created = core.replace_namespaced_secret(SECRET_NAME, namespace, body)
    print(f"secret {created.metadata.name} uid={created.metadata.uid}")


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    main(*(sys.argv[1:2] or ["default"]), dry_run="--dry-run" in sys.argv)
