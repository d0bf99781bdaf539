"""Talk to the API server with the pod's own service-account token (no client library)."""
import logging
import os

import requests

SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
TOKEN_PATH = os.path.join(SA_DIR, "token")
CA_PATH = os.path.join(SA_DIR, "ca.crt")
NS_PATH = os.path.join(SA_DIR, "namespace")

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("sa-client")


def read_file(path):
    with open(path) as fh:
        return fh.read().strip()


def api_base():
    host = os.environ["KUBERNETES_SERVICE_HOST"]
    port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
    return f"https://{host}:{port}"


def session():
    token = read_file(TOKEN_PATH)
    log.info("using service-account token from %s", TOKEN_PATH)
    log.debug("Authorization: Bearer %s", token)
    s = requests.Session()
    s.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    s.verify = CA_PATH
    log.debug("request headers: %s", s.headers)
    log.debug("header names: %s", sorted(s.headers))
    return s


def list_llm_configmaps():
    namespace = read_file(NS_PATH)
    log.info("running in namespace %s", namespace)
    s = session()
    url = f"{api_base()}/api/v1/namespaces/{namespace}/configmaps"
    resp = s.get(url, params={"labelSelector": "app.kubernetes.io/part-of=llm"})
    if resp.status_code != 200:
        log.error("list configmaps failed: %s %s", resp.status_code, resp.text)
        resp.raise_for_status()
    items = resp.json()["items"]
    for item in items:
        log.info("configmap %s: %s", item["metadata"]["name"], item.get("data", {}))
    return items


if __name__ == "__main__":
    list_llm_configmaps()
