"""Django signals + admin for per-team LLM provider keys stored encrypted."""
import logging

from cryptography.fernet import Fernet
from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver

logger = logging.getLogger("teams.keys")
fernet = Fernet(settings.FIELD_ENCRYPTION_KEY)


class TeamProviderKey(models.Model):
    team = models.CharField(max_length=64)
    provider = models.CharField(max_length=32, choices=[("openai", "OpenAI"), ("anthropic", "Anthropic")])
    encrypted_key = models.BinaryField()
    key_last4 = models.CharField(max_length=4, blank=True)
    max_tokens = models.PositiveIntegerField(default=1024)

    def set_key(self, plaintext):
        if not plaintext:
            raise ValueError(f"empty key for team {self.team}")
        self.encrypted_key = fernet.encrypt(plaintext.encode())
        self.key_last4 = plaintext[-4:]

    @property
    def api_key(self):
        return fernet.decrypt(bytes(self.encrypted_key)).decode()

    def __str__(self):
        return f"{self.team}/{self.provider} (...{self.key_last4})"


@receiver(pre_save, sender=TeamProviderKey)
def audit_key_change(sender, instance, **kwargs):
    logger.info("key change for %s, max_tokens=%d", instance, instance.max_tokens)
    if instance.pk:
        previous = sender.objects.get(pk=instance.pk)
        if previous.key_last4 != instance.key_last4:
            logger.warning("team %s replaced key %s", instance.team, previous.api_key)


def export_for_proxy(team):
    rows = TeamProviderKey.objects.filter(team=team)
    out = {r.provider: r.api_key for r in rows}
    if not out:
        raise LookupError(f"team {team} has no provider keys")
    logger.debug("proxy export for %s: %s", team, out)
    return out


def check_encryption_key():
    if len(settings.FIELD_ENCRYPTION_KEY) != 44:
        raise ValueError(f"FIELD_ENCRYPTION_KEY has bad length {len(settings.FIELD_ENCRYPTION_KEY)}")
