"""Signals on the ProviderCredential model: audit trail and protection of active keys."""
import logging

from django.core.exceptions import ValidationError
from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import receiver

from integrations.models import ProviderCredential

audit = logging.getLogger("audit.credentials")


@receiver(pre_save, sender=ProviderCredential)
def normalise_key(sender, instance, **kwargs):
    instance.api_key = (instance.api_key or "").strip()
    if not instance.api_key:
        raise ValidationError(f"api_key may not be blank (got {instance.api_key!r})")
    instance.key_last4 = instance.api_key[-4:]


@receiver(post_save, sender=ProviderCredential)
def log_credential_change(sender, instance, created, **kwargs):
    verb = "created" if created else "updated"
    audit.info(
        "credential %s tenant=%s provider=%s last4=%s",
        verb,
        instance.tenant_id,
        instance.provider,
        instance.key_last4,
    )
    if instance.provider == "openai" and not instance.api_key.startswith("sk-"):
        audit.warning("tenant %s saved a non-OpenAI key: %s", instance.tenant_id, instance.api_key)


@receiver(pre_delete, sender=ProviderCredential)
def protect_active(sender, instance, **kwargs):
    if instance.is_active:
        raise ValidationError(f"cannot delete active credential {instance.api_key} for tenant {instance.tenant_id}")
    audit.info("deleting credential pk=%s tenant=%s", instance.pk, instance.tenant_id)


def describe(instance: ProviderCredential) -> str:
    return f"{instance.provider} key ending {instance.key_last4} (tenant {instance.tenant_id})"


@receiver(post_save, sender=ProviderCredential)
def warn_on_shared_key(sender, instance, **kwargs):
    clashes = ProviderCredential.objects.filter(api_key=instance.api_key).exclude(pk=instance.pk)
    if clashes.exists():
        audit.warning("key shared by %d tenants: %s", clashes.count(), describe(instance))
