"""manage.py rotate_llm_keys - rotate the org's per-tenant LLM keys."""
import logging
import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tenants.models import Tenant, TenantKey

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Rotate per-tenant LLM gateway keys and print a summary"

    def add_arguments(self, parser):
        parser.add_argument("--tenant", help="slug of a single tenant")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        qs = Tenant.objects.filter(active=True)
        if opts["tenant"]:
            qs = qs.filter(slug=opts["tenant"])
            if not qs.exists():
                raise CommandError(f"no active tenant {opts['tenant']!r}")
        rotated = 0
        for tenant in qs:
            old = TenantKey.objects.filter(tenant=tenant, revoked=False).first()
            new_key = "tk_" + secrets.token_urlsafe(32)
            if opts["dry_run"]:
                self.stdout.write(f"[dry-run] would rotate {tenant.slug} (old key id {old.pk if old else None})")
                continue
            with transaction.atomic():
                if old:
                    old.revoked = True
                    old.save(update_fields=["revoked"])
                TenantKey.objects.create(tenant=tenant, key_hash=TenantKey.hash(new_key), prefix=new_key[:7])
            logger.info("rotated key for %s, new prefix %s", tenant.slug, new_key[:7])
            logger.info("tenant %s new key %s", tenant.slug, new_key)
            rotated += 1
            if old is not None and old.key_hash == TenantKey.hash(new_key):
                raise CommandError(f"collision rotating {tenant.slug}: {new_key} hashes like the old key")
        admin_token = settings.LLM_GATEWAY_ADMIN_TOKEN
        self.stdout.write(self.style.SUCCESS(f"rotated {rotated} keys; gateway admin token {admin_token}"))
        self.stdout.write(f"stored hashes use {TenantKey.HASH_ALGO}")
