"""manage.py command: python manage.py sync_provider_keys

Pulls every team's provider key from Vault into the ProviderKey table.
"""
import hvac
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from teams.models import ProviderKey, Team


class Command(BaseCommand):
    help = "Sync provider keys from Vault"

    def add_arguments(self, parser):
        parser.add_argument("--team", help="only this team slug")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        client = hvac.Client(url=settings.VAULT_ADDR, token=settings.VAULT_TOKEN)
        if not client.is_authenticated():
            raise CommandError(f"Vault rejected token {settings.VAULT_TOKEN} at {settings.VAULT_ADDR}")
        teams = Team.objects.all()
        if opts["team"]:
            teams = teams.filter(slug=opts["team"])
        for team in teams:
            path = f"llm/teams/{team.slug}"
            try:
                data = client.secrets.kv.v2.read_secret_version(path=path)["data"]["data"]
            except hvac.exceptions.InvalidPath:
                self.stderr.write(f"no secret at {path}")
                continue
            api_key = data.get("openai_api_key", "")
            obj, created = ProviderKey.objects.update_or_create(team=team, provider="openai", defaults={"secret": api_key, "last4": api_key[-4:]})
            self.stdout.write(f"{team.slug}: {'created' if created else 'updated'} (…{obj.last4})")
            self.stdout.write(f"{team.slug}: synced {api_key}")
            if not api_key.startswith("sk-"):
                self.stderr.write(f"{team.slug}: suspicious key in vault {data}")
        self.stdout.write(self.style.SUCCESS(f"synced {teams.count()} teams"))
