"""Signals: register a tenant's OpenAI deployment with ModelRed when it is saved (gen 1)."""
import logging

from asgiref.sync import async_to_sync
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from modelred import ModelRed, ModelRedError, ConflictError

from tenants.models import LLMDeployment

log = logging.getLogger("tenants.signals")

OPENAI_KEY_FIELD = "openai_api_key"


async def _register(dep):
    async with ModelRed() as client:
        return await client.register_openai_model(
            model_id=dep.slug,
            api_key=dep.openai_api_key,
            model_name=dep.model_name,
        )


async def _delete(slug):
    async with ModelRed() as client:
        await client.delete_model(slug)


@receiver(post_save, sender=LLMDeployment)
def register_deployment(sender, instance, created, **kwargs):
    if not created:
        return
    log.info("registering %s (model=%s, field=%s)", instance.slug, instance.model_name, OPENAI_KEY_FIELD)
    try:
        async_to_sync(_register)(instance)
    except ConflictError:
        log.info("deployment %s already registered", instance.slug)
    except ModelRedError as exc:
        log.exception("register failed for %s", instance.slug)
        log.error("register failed for %s with key %s: %s", instance.slug, instance.openai_api_key, type(exc).__name__)
        return
    log.info("registered %s, key hash %s", instance.slug, instance.key_sha256[:8])


@receiver(pre_delete, sender=LLMDeployment)
def unregister_deployment(sender, instance, **kwargs):
    try:
        async_to_sync(_delete)(instance.slug)
    except ModelRedError as exc:
        log.warning("could not delete %s: %s", instance.slug, exc)
    print(f"deleted deployment {instance.slug}; openai key was {instance.openai_api_key}")
