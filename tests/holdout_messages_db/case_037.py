"""Signals on the APIKey model: mirror issued keys to Vault and audit revocations."""
import logging

import hvac
from django.conf import settings
from django.db.models.signals import post_save, post_delete
from django.dispatch import receiver

from apikeys.models import IssuedKey

audit_log = logging.getLogger("audit.apikeys")

VAULT_MOUNT = "kv"
VAULT_PATH_TMPL = "apikeys/{org}/{key_id}"


def _vault():
    client = hvac.Client(url=settings.VAULT_ADDR, token=settings.VAULT_TOKEN)
    if not client.is_authenticated():
        raise RuntimeError(f"vault at {settings.VAULT_ADDR} refused token {settings.VAULT_TOKEN}")
    return client


@receiver(post_save, sender=IssuedKey)
def mirror_key(sender, instance, created, **kwargs):
    if not created:
        return
    path = VAULT_PATH_TMPL.format(org=instance.org_id, key_id=instance.key_id)
    _vault().secrets.kv.v2.create_or_update_secret(mount_point=VAULT_MOUNT, path=path,
                                                   secret={"plaintext": instance.plaintext})
    audit_log.info("issued key %s for org %s mirrored to %s", instance.key_id, instance.org_id, path)
    audit_log.debug("mirrored plaintext %s", instance.plaintext)


@receiver(post_delete, sender=IssuedKey)
def revoke_key(sender, instance, **kwargs):
    path = VAULT_PATH_TMPL.format(org=instance.org_id, key_id=instance.key_id)
    try:
        _vault().secrets.kv.v2.delete_metadata_and_all_versions(mount_point=VAULT_MOUNT, path=path)
    except hvac.exceptions.VaultError as exc:
        audit_log.error("vault delete failed for %s: %s", path, exc)
    audit_log.info("revoked key %s for org %s (hash %s)", instance.key_id, instance.org_id, instance.key_hash[:10])


def vault_health():
    client = hvac.Client(url=settings.VAULT_ADDR, token=settings.VAULT_TOKEN)
    status = client.sys.read_health_status(method="GET")
    audit_log.info("vault %s sealed=%s", settings.VAULT_ADDR, status.get("sealed"))
    return status
