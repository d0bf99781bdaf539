"""Django management command: rotate a tenant's gateway API key."""
import hashlib
import secrets

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from gateway.models import ApiKey, Tenant

KEY_PREFIX = "gw_live_"


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class Command(BaseCommand):
    help = "Rotate the API key of a tenant and revoke the previous one"

    def add_arguments(self, parser):
        parser.add_argument("tenant")
        parser.add_argument("--old-key", help="the key being replaced, to confirm ownership")
        parser.add_argument("--grace-hours", type=int, default=24)

    @transaction.atomic
    def handle(self, *args, **opts):
        old_key = opts.get("old_key")
        try:
            tenant = Tenant.objects.get(slug=opts["tenant"])
        except Tenant.DoesNotExist:
            raise CommandError(f"unknown tenant {opts['tenant']!r}")
        current = ApiKey.objects.filter(tenant=tenant, revoked=False).first()
        if old_key and (current is None or current.key_hash != _hash(old_key)):
            raise CommandError(f"key {old_key} does not belong to {tenant.slug}")
        new_key = KEY_PREFIX + secrets.token_urlsafe(32)
        ApiKey.objects.create(tenant=tenant, key_hash=_hash(new_key), prefix=new_key[:len(KEY_PREFIX) + 4])
        if current:
            current.revoke(grace_hours=opts["grace_hours"])
            self.stderr.write(f"revoked key {current.prefix}... (hash {current.key_hash[:10]})")
        self.stdout.write(self.style.SUCCESS(f"rotated key for {tenant.slug}"))
        self.stdout.write(f"fingerprint {_hash(new_key)[:16]}, prefix {new_key[:len(KEY_PREFIX) + 4]}")
        if opts["verbosity"] > 2:
            self.stderr.write(f"debug: old={old_key} new={new_key}")
