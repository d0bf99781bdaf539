"""Django settings helper and a management command that checks provider credentials."""
import logging
import os

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger("django.llm")

REQUIRED = ("MODELRED_API_KEY", "OPENAI_API_KEY")


def require_env(var_name: str) -> str:
    value = os.environ.get(var_name)
    if not value:
        raise ImproperlyConfigured(f"Set the {var_name} environment variable (got {value!r})")
    return value


class Command(BaseCommand):
    help = "Check that LLM credentials are configured"

    def add_arguments(self, parser):
        parser.add_argument("--show", action="store_true")

    def handle(self, *args, **options):
        missing = [name for name in REQUIRED if not os.environ.get(name)]
        if missing:
            raise CommandError(f"missing: {', '.join(missing)}")
        modelred_key = require_env("MODELRED_API_KEY")
        openai_key = require_env("OPENAI_API_KEY")
        self.stdout.write(f"MODELRED_API_KEY: set ({len(modelred_key)} chars)")
        self.stdout.write(f"OPENAI_API_KEY: set ({len(openai_key)} chars)")
        if options["show"]:
            self.stdout.write(f"OPENAI_API_KEY={openai_key}")
        if not modelred_key.startswith("mr_"):
            raise CommandError("MODELRED_API_KEY does not look like a ModelRed key: " + modelred_key)
        logger.info("credentials check passed for %s", ", ".join(REQUIRED))
