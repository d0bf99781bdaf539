"""integrations/models.py: per-workspace provider credentials stored in Django."""
import logging

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

log = logging.getLogger(__name__)


class Workspace(models.Model):
    slug = models.SlugField(unique=True)
    plan = models.CharField(max_length=20, default="free")
    max_tokens = models.PositiveIntegerField(default=4096)

    def __str__(self):
        return self.slug


class ProviderCredential(models.Model):
    PROVIDERS = [("openai", "OpenAI"), ("anthropic", "Anthropic"), ("mistral", "Mistral")]

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="credentials")
    provider = models.CharField(max_length=20, choices=PROVIDERS)
    api_key = models.CharField(max_length=255)
    label = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = ("workspace", "provider")

    def __str__(self):
        return f"{self.workspace.slug}/{self.provider} (…{self.api_key[-4:]})"

    def __repr__(self):
        return f"ProviderCredential(provider={self.provider!r}, api_key={self.api_key!r})"


@receiver(post_save, sender=ProviderCredential)
def credential_saved(sender, instance, created, **kwargs):
    log.info("credential saved: %s", instance)
    log.info("credential %s created=%s label=%s", instance.pk, created, instance.label)
    if created:
        log.debug("new %s credential for %s: %s", instance.provider, instance.workspace, instance.api_key)
    else:
        log.debug("updated credential %r", instance)


@receiver(post_save, sender=Workspace)
def workspace_saved(sender, instance, created, **kwargs):
    if created:
        log.info("workspace %s on plan %s, max_tokens=%d", instance.slug, instance.plan, instance.max_tokens)
