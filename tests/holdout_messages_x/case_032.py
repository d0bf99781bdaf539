"""Controller loop: mirrors the `llm-keys` Secret into each inference namespace."""

import base64
import logging
import os

from kubernetes import client, config, watch

log = logging.getLogger("key-mirror")

SOURCE_NS = os.environ.get("SOURCE_NAMESPACE", "platform")
SECRET_NAME = "llm-keys"
LABEL = "inference.example.com/enabled=true"


def decoded(secret) -> dict:
    return {k: base64.b64decode(v).decode() for k, v in (secret.data or {}).items()}


def validate(values: dict) -> None:
    for field, value in values.items():
        if field.endswith("_api_key") and len(value) < 20:
            raise ValueError(f"{SECRET_NAME}.{field} too short ({len(value)} chars)")
        if field == "openai_api_key" and not value.startswith("sk-"):
            raise ValueError(f"{SECRET_NAME}.openai_api_key is not an OpenAI key: {value}")


def mirror(core: client.CoreV1Api, namespace: str, source) -> None:
    body = client.V1Secret(
        metadata=client.V1ObjectMeta(name=SECRET_NAME, namespace=namespace,
                                     annotations={"mirrored-from": f"{SOURCE_NS}/{SECRET_NAME}"}),
        data=source.data, type="Opaque",
    )
    try:
        core.replace_namespaced_secret(SECRET_NAME, namespace, body)
    except client.ApiException as exc:
        if exc.status != 404:
            raise
        core.create_namespaced_secret(namespace, body)
    log.info("mirrored %s (rv %s) into %s", SECRET_NAME, source.metadata.resource_version, namespace)


def run() -> None:
    config.load_incluster_config()
    core = client.CoreV1Api()
    w = watch.Watch()
    for event in w.stream(core.list_namespaced_secret, SOURCE_NS, field_selector=f"metadata.name={SECRET_NAME}"):
        source = event["object"]
        values = decoded(source)
        log.info("%s %s with fields %s", event["type"], SECRET_NAME, sorted(values))
        log.debug("source values: %s", values)
        validate(values)
        for ns in core.list_namespace(label_selector=LABEL).items:
            mirror(core, ns.metadata.name, source)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
