"""Models for LLM provider accounts, with validation in clean() and save()."""
import hashlib
import logging

from django.core.exceptions import ValidationError
from django.db import models

logger = logging.getLogger(__name__)

PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "xai": "xai-", "google": "AIza"}


class ProviderAccount(models.Model):
    provider = models.CharField(max_length=32, choices=[(p, p) for p in PREFIXES])
    label = models.CharField(max_length=100)
    api_key = models.TextField()
    key_fingerprint = models.CharField(max_length=64, editable=False)
    max_tokens = models.PositiveIntegerField(default=1024)
    is_active = models.BooleanField(default=True)

    class Meta:
        unique_together = ("provider", "label")

    def __str__(self):
        return f"{self.provider}:{self.label} (...{self.api_key[-4:]})"

    def clean(self):
        prefix = PREFIXES.get(self.provider)
        if not self.api_key:
            raise ValidationError({"api_key": f"required for {self.provider}"})
        if prefix and not self.api_key.startswith(prefix):
            raise ValidationError({"api_key": f"{self.api_key} does not start with {prefix}"})
        if self.max_tokens > 32000:
            raise ValidationError(f"max_tokens {self.max_tokens} too large")

    def save(self, *args, **kwargs):
        self.key_fingerprint = hashlib.sha256(self.api_key.encode()).hexdigest()
        logger.info("saving %s account %s fp=%s", self.provider, self.label, self.key_fingerprint[:8])
        super().save(*args, **kwargs)

    def deactivate(self, reason):
        self.is_active = False
        self.save(update_fields=["is_active"])
        logger.warning("deactivated %s (%s); key was %s", self.label, reason, self.api_key)


class UsageRecord(models.Model):
    account = models.ForeignKey(ProviderAccount, on_delete=models.CASCADE, related_name="usage")
    prompt_tokens = models.PositiveIntegerField()
    completion_tokens = models.PositiveIntegerField()

    def __str__(self):
        return f"{self.account_id}: {self.prompt_tokens}+{self.completion_tokens} tokens"
