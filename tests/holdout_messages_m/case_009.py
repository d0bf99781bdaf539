"""Django management command: revoke and replace provider keys stored in the DB."""
import hashlib

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import requests

from providers.models import ProviderKey

REVOKE_URL = "https://api.provider.example/v1/keys/revoke"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


class Command(BaseCommand):
    help = "Revoke a provider key by its id and mark it inactive."

    def add_arguments(self, parser):
        parser.add_argument("key_id", type=int)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        try:
            row = ProviderKey.objects.get(pk=opts["key_id"])
        except ProviderKey.DoesNotExist:
            raise CommandError(f"no provider key with id {opts['key_id']}")
        secret = row.secret
        self.stdout.write(f"revoking {row.provider} key {fingerprint(secret)}")
        if opts["dry_run"]:
            self.stdout.write(self.style.WARNING("dry run, nothing revoked"))
            return
        resp = requests.post(REVOKE_URL, json={"key": secret}, timeout=15)
        if resp.status_code == 404:
            self.stderr.write(f"provider does not know key {secret}")
            return
        if not resp.ok:
            raise CommandError(f"revoke failed ({resp.status_code}): {resp.text[:300]}")
        with transaction.atomic():
            row.active = False
            row.save(update_fields=["active"])
        if row.secret.startswith("sk-"):
            raise CommandError("revoked but still cached: " + row.secret)
        self.stdout.write(self.style.SUCCESS(f"revoked key #{row.pk} ({row.provider})"))
