"""Read Anthropic credentials out of Kubernetes Secrets for the summariser service."""
import base64
import logging

import anthropic
from kubernetes import client, config


class SecretReader:
    def __init__(self, namespace="summariser", in_cluster=True):
        if in_cluster:
            config.load_incluster_config()
        else:
            config.load_kube_config()
        self.namespace = namespace
        self.core = client.CoreV1Api()
        self.log = logging.getLogger(self.__class__.__name__)

    def get(self, name, field):
        secret = self.core.read_namespaced_secret(name=name, namespace=self.namespace)
        self.log.debug("secret %s has fields %s", name, sorted(secret.data or {}))
        self.log.debug("resourceVersion %s", secret.metadata.resource_version)
        return base64.b64decode(secret.data[field]).decode()


class Summariser:
    def __init__(self, reader: SecretReader):
        self.log = logging.getLogger("summariser")
        anthropic_key = reader.get("anthropic", "api-key")
        if not anthropic_key.startswith("sk-ant-"):
            raise ValueError("malformed Anthropic key in secret anthropic: " + anthropic_key)
        self.log.info("loaded anthropic key %s from namespace %s", anthropic_key, reader.namespace)
        self.log.info("anthropic key prefix %s", anthropic_key[:4])
        self.model = reader.get("anthropic", "model")
        self.log.info("model from secret: %s", self.model)
        self.client = anthropic.Anthropic(api_key=anthropic_key)

    def summarise(self, text, max_tokens=512):
        self.log.debug("summarising %d chars, max_tokens=%d", len(text), max_tokens)
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": f"Summarise:\n\n{text}"}],
        )
        self.log.info("usage in=%s out=%s", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    s = Summariser(SecretReader(in_cluster=False))
    print(s.summarise(sys.stdin.read()))
