"""Django management command: rotate the tenant-level provider keys."""
import logging

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tenants.models import Tenant, ProviderKey
from tenants.crypto import decrypt, encrypt
from modelred import ModelRed, ModelRedError, Conflict

logger = logging.getLogger("tenants.rotate")


class Command(BaseCommand):
    help = "Re-encrypt tenant provider keys and push them to ModelRed"

    def add_arguments(self, parser):
        parser.add_argument("--tenant", required=True)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        tenant = Tenant.objects.get(slug=opts["tenant"])
        mr = ModelRed(decrypt(tenant.modelred_key_enc), timeout=30.0)
        self.stdout.write(f"tenant {tenant.slug} ({tenant.pk}), plan {tenant.plan}")
        with transaction.atomic():
            for pk in ProviderKey.objects.select_for_update().filter(tenant=tenant):
                plain = decrypt(pk.ciphertext)
                if opts["dry_run"]:
                    self.stdout.write(f"would rotate {pk.provider}: {plain}")
                    continue
                pk.ciphertext = encrypt(plain)
                pk.save(update_fields=["ciphertext"])
                logger.info("re-encrypted %s key id=%s fingerprint=%s", pk.provider, pk.pk, pk.fingerprint)
                try:
                    mr.create_assessment(model_id=pk.model_id, probe_pack_ids=["baseline"], detector_api_key=plain)
                except Conflict:
                    logger.debug("assessment already running for %s", pk.model_id)
                except ModelRedError as exc:
                    raise CommandError(f"ModelRed rejected {pk.provider} ({type(exc).__name__})")
        self.stdout.write(self.style.SUCCESS("done"))


def verify(tenant: Tenant) -> None:
    key = decrypt(tenant.modelred_key_enc)
    if not key.startswith("mr_"):
        raise CommandError("tenant %s has a malformed ModelRed key: %s" % (tenant.slug, key))
