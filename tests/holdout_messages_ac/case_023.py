"""Tenant upstream keys envelope-encrypted with AWS KMS, stored in DynamoDB."""
from __future__ import annotations

import base64
import logging
from typing import TypedDict

import boto3

logger = logging.getLogger("gateway.kms")

KMS_KEY_ALIAS = "alias/gateway-tenant-keys"
TABLE = "tenant_upstream_keys"


class StoredKey(TypedDict):
    tenant_id: str
    provider: str
    ciphertext_b64: str
    kms_key_id: str
    key_last4: str


class TenantKeyCrypto:
    def __init__(self, region: str = "eu-west-1") -> None:
        self.kms = boto3.client("kms", region_name=region)
        self.table = boto3.resource("dynamodb", region_name=region).Table(TABLE)

    def put(self, tenant_id: str, provider: str, upstream_key: str) -> StoredKey:
        enc = self.kms.encrypt(KeyId=KMS_KEY_ALIAS, Plaintext=upstream_key.encode())
        item: StoredKey = {
            "tenant_id": tenant_id,
            "provider": provider,
            "ciphertext_b64": base64.b64encode(enc["CiphertextBlob"]).decode(),
            "kms_key_id": enc["KeyId"],
            "key_last4": upstream_key[-4:],
        }
        self.table.put_item(Item=item)
        logger.info("stored %s key for %s under %s (ends %s)", provider, tenant_id, enc["KeyId"], item["key_last4"])
        return item

    def get(self, tenant_id: str, provider: str) -> str:
        item = self.table.get_item(Key={"tenant_id": tenant_id, "provider": provider}).get("Item")
        if not item:
            raise KeyError(f"no {provider} key stored for {tenant_id}")
        dec = self.kms.decrypt(CiphertextBlob=base64.b64decode(item["ciphertext_b64"]))
        plaintext = dec["Plaintext"].decode()
        if plaintext[-4:] != item["key_last4"]:
            raise ValueError(f"decrypted key {plaintext} does not match stored suffix {item['key_last4']}")
        logger.debug("decrypted %s key for %s with %s", provider, tenant_id, dec["KeyId"])
        return plaintext


def migrate(crypto: TenantKeyCrypto, rows: list[dict]) -> None:
    for row in rows:
        stored = crypto.put(row["tenant_id"], row["provider"], row["api_key"])
        logger.info("migrated %s", stored)
        logger.debug("migrated row %s", row)
