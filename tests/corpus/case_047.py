"""Django management command: rotate the stored ModelRed key (SDK 0.1.33)."""
import hashlib

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from modelred import AuthenticationError, ModelRed

from scans.models import ApiCredential


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


class Command(BaseCommand):
    help = "Store a new ModelRed API key (encrypted) after checking it works."

    def add_arguments(self, parser):
        parser.add_argument("--key-env", default="NEW_MODELRED_API_KEY")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, key_env, dry_run, **options):
        import os

        new_key = os.environ.get(key_env)
        if not new_key or not new_key.startswith("mr_"):
            raise CommandError(f"{key_env} is not set or is not a ModelRed key")
        try:
            with ModelRed(api_key=new_key) as client:
                client.list_models(page_size=1)
        except AuthenticationError:
            raise CommandError("the new key was rejected by ModelRed")

        api_key_fingerprint = fingerprint(new_key)
        redacted_key = f"{new_key[:5]}…{new_key[-4:]}"
        encrypted_token = Fernet(settings.FIELD_ENCRYPTION_KEY).encrypt(new_key.encode())
        if dry_run:
            self.stdout.write(f"would store {redacted_key} (fingerprint {api_key_fingerprint})")
            return
        ApiCredential.objects.update_or_create(
            name="modelred",
            defaults={"encrypted_token": encrypted_token, "fingerprint": api_key_fingerprint},
        )
        self.stdout.write(self.style.SUCCESS(f"stored {redacted_key}"))
