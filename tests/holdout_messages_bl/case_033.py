"""Kubernetes CronJob entrypoint: checks provider key health for every team namespace."""
import base64
import logging
import sys

import httpx
from kubernetes import client, config

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
health_log = logging.getLogger("keyhealth")

PROBES = {
    "openai-key": ("https://api.openai.com/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
    "anthropic-key": ("https://api.anthropic.com/v1/models", lambda k: {"x-api-key": k, "anthropic-version": "2023-06-01"}),
}


def check(namespace, name, field, value):
    url, make_headers = PROBES[field]
    headers = make_headers(value)
    r = httpx.get(url, headers=headers, timeout=10)
    if r.status_code == 401:
        health_log.error("%s/%s %s revoked: %s", namespace, name, field, value)
    elif r.status_code >= 400:
        health_log.warning("%s/%s %s -> HTTP %s %s", namespace, name, field, r.status_code, r.text[:120])
    else:
        health_log.info("%s/%s %s ok (%d models)", namespace, name, field, len(r.json().get("data", [])))
    return r.status_code


def main():
    config.load_incluster_config()
    core = client.CoreV1Api()
    bad = 0
    for ns in core.list_namespace(label_selector="llm-team=true").items:
        ns_name = ns.metadata.name
        for sec in core.list_namespaced_secret(ns_name, label_selector="llm-keys=true").items:
            for field, b64 in (sec.data or {}).items():
                if field not in PROBES:
                    health_log.info("skip %s/%s field %s", ns_name, sec.metadata.name, field)
                    continue
                value = base64.b64decode(b64).decode()
                if check(ns_name, sec.metadata.name, field, value) >= 400:
                    bad += 1
    health_log.info("done, %d bad keys", bad)
    if bad:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
