"""manage.py rotate_llm_keys: mint a new OpenAI project key per tenant and store it."""
import os

import requests
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tenants.models import Tenant

ADMIN_KEY_ENV = "OPENAI_ADMIN_KEY"
OPENAI_ADMIN = "https://api.openai.com/v1/organization/projects/{project}/api_keys"


class Command(BaseCommand):
    help = "Rotate the OpenAI key of every active tenant."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--tenant", default=None)

    def handle(self, *args, **options):
        admin_key = os.environ.get(ADMIN_KEY_ENV)
        if not admin_key:
            raise CommandError(f"{ADMIN_KEY_ENV} is not set")
        qs = Tenant.objects.filter(active=True)
        if options["tenant"]:
            qs = qs.filter(slug=options["tenant"])
        rotated = 0
        for tenant in qs:
            old_key = tenant.openai_key
            if options["dry_run"]:
                self.stdout.write(f"would rotate {tenant.slug} (key …{old_key[-4:]})")
                continue
            resp = requests.post(
                OPENAI_ADMIN.format(project=tenant.openai_project),
                headers={"Authorization": f"Bearer {admin_key}"},
                json={"name": f"tenant-{tenant.slug}"},
                timeout=20,
            )
            if resp.status_code != 201:
                raise CommandError(f"OpenAI admin API {resp.status_code}: {resp.text[:200]}")
            new_key = resp.json()["value"]
            with transaction.atomic():
                tenant.openai_key = new_key
                tenant.save(update_fields=["openai_key"])
            self.stderr.write(f"rotated {tenant.slug}: old key {old_key} is now revoked")
            rotated += 1
        self.stdout.write(self.style.SUCCESS(f"rotated {rotated} tenant keys"))


def verify(admin_key: str, project: str) -> None:
    resp = requests.get(
        OPENAI_ADMIN.format(project=project),
        headers={"Authorization": f"Bearer {admin_key}"},
        timeout=10,
    )
    if resp.status_code == 401:
        raise CommandError(f"admin key {admin_key} was refused for project {project}")
