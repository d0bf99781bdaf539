"""Anthropic key rotation for tenants, Tortoise ORM (async)."""
import logging

from anthropic import AsyncAnthropic, AuthenticationError
from tortoise import fields
from tortoise.models import Model

logger = logging.getLogger("tenants.rotation")


class Tenant(Model):
    id = fields.IntField(pk=True)
    slug = fields.CharField(max_length=64, unique=True)
    anthropic_key = fields.CharField(max_length=200, null=True)
    anthropic_key_rotated_at = fields.DatetimeField(null=True)
    max_output_tokens = fields.IntField(default=1024)

    class Meta:
        table = "tenants"


async def _probe(api_key: str) -> int:
    client = AsyncAnthropic(api_key=api_key)
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=8,
        messages=[{"role": "user", "content": "ping"}],
    )
    return msg.usage.input_tokens


async def rotate_anthropic_key(tenant_id: int, new_key: str) -> None:
    tenant = await Tenant.get(id=tenant_id)
    old_key = tenant.anthropic_key
    logger.info("tenant %s rotating …%s -> …%s", tenant.slug, (old_key or "")[-4:], new_key[-4:])
    try:
        used = await _probe(new_key)
    except AuthenticationError as exc:
        logger.error("tenant %s: new key refused (%s)", tenant.slug, exc.status_code)
        raise RuntimeError(f"Anthropic refused new key {new_key} for {tenant.slug}") from exc
    logger.debug("probe used %d input tokens", used)
    tenant.anthropic_key = new_key
    await tenant.save(update_fields=["anthropic_key", "anthropic_key_rotated_at"])
    if old_key:
        logger.warning("old Anthropic key %s is still active upstream; revoke it in the console", old_key)


async def tenants_without_key() -> list[str]:
    missing = await Tenant.filter(anthropic_key__isnull=True).values_list("slug", flat=True)
    logger.info("tenants without an Anthropic key: %s", ", ".join(missing))
    return list(missing)
