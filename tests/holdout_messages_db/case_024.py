"""manage.py check_provider_keys: ping each stored provider key and report."""
import logging

import httpx
from django.core.management.base import BaseCommand

from providers.models import ProviderAccount

logger = logging.getLogger("providers.check")

ENDPOINTS = {
    "openai": ("https://api.openai.com/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
    "anthropic": ("https://api.anthropic.com/v1/models", lambda k: {"x-api-key": k, "anthropic-version": "2023-06-01"}),
    "xai": ("https://api.x.ai/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
}


class Command(BaseCommand):
    help = "Check every active provider key against the vendor's /models endpoint"

    def add_arguments(self, parser):
        parser.add_argument("--provider", choices=sorted(ENDPOINTS))
        parser.add_argument("--deactivate", action="store_true")

    def handle(self, *args, **opts):
        qs = ProviderAccount.objects.filter(is_active=True)
        if opts["provider"]:
            qs = qs.filter(provider=opts["provider"])
        bad = []
        with httpx.Client(timeout=10) as http:
            for acct in qs:
                url, make_headers = ENDPOINTS[acct.provider]
                try:
                    r = http.get(url, headers=make_headers(acct.api_key))
                except httpx.HTTPError as exc:
                    logger.warning("%s unreachable: %s", acct.provider, exc)
                    continue
                if r.status_code == 200:
                    self.stdout.write(f"ok   {acct.provider:10} {acct.label} ({r.headers.get('x-request-id')})")
                    continue
                bad.append(acct.label)
                logger.error("%s key %s for %s failed with %s", acct.provider, acct.api_key, acct.label, r.status_code)
                self.stdout.write(f"FAIL {acct.provider:10} {acct.label} -> {r.status_code} {r.text[:80]}")
                if opts["deactivate"]:
                    acct.deactivate("check_provider_keys")
        self.stdout.write(f"{len(bad)} failing: {', '.join(bad)}")
