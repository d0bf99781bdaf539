"""management/commands/apikeys.py: list and revoke customer API keys."""
import hashlib
import logging

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.models import CustomerKey

logger = logging.getLogger("accounts.commands")


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


class Command(BaseCommand):
    help = "List customer API keys, or revoke one given the full key."

    def add_arguments(self, parser):
        parser.add_argument("--revoke", dest="api_key", default=None)
        parser.add_argument("--owner", default=None)
        parser.add_argument("--debug-rows", action="store_true")

    def handle(self, *args, **options):
        api_key = options["api_key"]
        if api_key:
            self.revoke(api_key)
            return
        qs = CustomerKey.objects.filter(revoked_at__isnull=True)
        if options["owner"]:
            qs = qs.filter(owner__email=options["owner"])
        for ck in qs.select_related("owner"):
            self.stdout.write(f"{ck.id:>6}  {ck.owner.email:<30}  {ck.secret[:4]}…{ck.secret[-4:]}")
            if options["debug_rows"]:
                logger.debug("row id=%s owner=%s secret=%s", ck.id, ck.owner_id, ck.secret)
        self.stdout.write(f"{qs.count()} active keys")

    def revoke(self, api_key):
        digest = fingerprint(api_key)
        try:
            ck = CustomerKey.objects.get(secret=api_key)
        except CustomerKey.DoesNotExist:
            raise CommandError(f"No active key matches {api_key}")
        except CustomerKey.MultipleObjectsReturned:
            raise CommandError(f"Several keys match fingerprint {digest}")
        ck.revoked_at = timezone.now()
        ck.save(update_fields=["revoked_at"])
        logger.info("revoked key id=%s fingerprint=%s", ck.id, digest)
        self.stdout.write(self.style.SUCCESS(f"Revoked key {ck.id} of {ck.owner.email}"))
