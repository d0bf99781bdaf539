"""Sync tenant LLM keys from AWS Secrets Manager into per-tenant Kubernetes Secrets."""
import json
import logging

import boto3
from kubernetes import client, config
from kubernetes.client.rest import ApiException


class TenantSecretSyncer:
    def __init__(self, prefix="tenants/llm/", region="eu-west-1"):
        config.load_incluster_config()
        self.core = client.CoreV1Api()
        self.sm = boto3.client("secretsmanager", region_name=region)
        self.prefix = prefix
        self.log = logging.getLogger("tenant-sync")

    def tenants(self):
        pages = self.sm.get_paginator("list_secrets").paginate(
            Filters=[{"Key": "name", "Values": [self.prefix]}]
        )
        for page in pages:
            for entry in page["SecretList"]:
                yield entry["Name"][len(self.prefix):], entry["ARN"]

    def sync_one(self, tenant, arn):
        resp = self.sm.get_secret_value(SecretId=arn)
        self.log.info("tenant %s version %s from %s", tenant, resp["VersionId"], resp["ARN"])
        secret_string = resp["SecretString"]
        self.log.debug("secret string for %s: %s", tenant, secret_string)
        values = json.loads(secret_string)
        self.log.info("tenant %s provides %s", tenant, ", ".join(sorted(values)))
        body = client.V1Secret(
            metadata=client.V1ObjectMeta(name=f"llm-{tenant}", labels={"tenant": tenant}),
            string_data={k.upper(): v for k, v in values.items()},
        )
        ns = f"tenant-{tenant}"
        try:
            self.core.replace_namespaced_secret(f"llm-{tenant}", ns, body)
        except ApiException as e:
            if e.status != 404:
                raise RuntimeError(f"replace llm-{tenant} failed: {e.status} {e.reason}")
            self.core.create_namespaced_secret(ns, body)
        openai_key = values.get("openai_api_key")
        if openai_key and not openai_key.startswith("sk-"):
            self.log.warning("tenant %s: openai key %s has an unexpected format", tenant, openai_key)

    def run(self):
        synced = 0
        for tenant, arn in self.tenants():
            self.sync_one(tenant, arn)
            synced += 1
        self.log.info("synced %d tenants", synced)
        return synced


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    TenantSecretSyncer().run()
