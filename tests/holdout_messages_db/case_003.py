"""manage.py rotate_modelred_key: swap the platform key stored in the DB config row."""
import os

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from modelred import ModelRed, Unauthorized, APIError

from platformcfg.models import PlatformConfig

KEY_ENV = "MODELRED_API_KEY"


class Command(BaseCommand):
    help = "Rotate the ModelRed key kept in PlatformConfig"

    def add_arguments(self, parser):
        parser.add_argument("--new-key", dest="new_key")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        new_key = options["new_key"] or os.environ.get(KEY_ENV)
        if not new_key:
            raise CommandError(f"pass --new-key or set {KEY_ENV}")
        if not new_key.startswith("mr_"):
            raise CommandError(f"{new_key} does not look like a ModelRed key")
        with ModelRed(new_key, timeout=10.0) as client:
            try:
                client.list_assessments(limit=1)
            except Unauthorized as exc:
                self.stderr.write(f"new key refused ({exc.status_code})")
                raise CommandError("ModelRed refused the new key") from exc
            except APIError as exc:
                self.stderr.write(f"could not verify: {type(exc).__name__}")
                return
        cfg = PlatformConfig.objects.select_for_update
        with transaction.atomic():
            row = cfg().get(pk=1)
            previous = row.modelred_api_key
            if options["dry_run"]:
                self.stdout.write(f"would replace key ...{previous[-4:]} with ...{new_key[-4:]}")
                return
            row.modelred_api_key = new_key
            row.save(update_fields=["modelred_api_key"])
        self.stdout.write(self.style.SUCCESS(f"rotated; previous key was {previous}"))
        self.stdout.write(f"config row {row.pk} updated at {row.updated_at:%Y-%m-%d %H:%M}")
