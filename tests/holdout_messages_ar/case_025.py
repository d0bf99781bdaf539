"""Django management command: connect a FreshBooks account and import invoices."""
import logging

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from billing.models import ExternalInvoice, FreshBooksConnection

logger = logging.getLogger("billing.freshbooks")

TOKEN_URL = "https://api.freshbooks.com/auth/oauth/token"


class Command(BaseCommand):
    help = "Import invoices from FreshBooks for one connection"

    def add_arguments(self, parser):
        parser.add_argument("connection_id", type=int)
        parser.add_argument("--dry-run", action="store_true")

    def _refresh(self, conn: FreshBooksConnection) -> str:
        resp = requests.post(TOKEN_URL, json={
            "grant_type": "refresh_token",
            "client_id": settings.FRESHBOOKS_CLIENT_ID,
            "client_secret": settings.FRESHBOOKS_CLIENT_SECRET,
            "refresh_token": conn.refresh_token,
            "redirect_uri": settings.FRESHBOOKS_REDIRECT_URI,
        }, timeout=10)
        if resp.status_code != 200:
            raise CommandError(f"refresh failed ({resp.status_code}): {resp.json().get('error_description')}")
        data = resp.json()
        conn.access_token, conn.refresh_token = data["access_token"], data["refresh_token"]
        conn.save(update_fields=["access_token", "refresh_token"])
        self.stdout.write(f"refreshed, expires in {data['expires_in']}s, scope={data.get('scope')}")
        return conn.access_token

    def handle(self, *args, **opts):
        conn = FreshBooksConnection.objects.get(pk=opts["connection_id"])
        token = self._refresh(conn)
        if opts["verbosity"] > 2:
            self.stderr.write(f"token refreshed for account {conn.account_id}")
        url = f"https://api.freshbooks.com/accounting/account/{conn.account_id}/invoices/invoices"
        resp = requests.get(url, headers={"Authorization": f"Bearer {token}"}, params={"per_page": 100}, timeout=20)
        if resp.status_code == 401:
            raise CommandError(f"FreshBooks rejected the client secret {settings.FRESHBOOKS_CLIENT_SECRET}")
        invoices = resp.json()["response"]["result"]["invoices"]
        logger.info("account %s: %d invoices", conn.account_id, len(invoices))
        if opts["dry_run"]:
            return
        for inv in invoices:
            ExternalInvoice.objects.update_or_create(
                source="freshbooks", external_id=inv["invoiceid"],
                defaults={"number": inv["invoice_number"], "amount": inv["amount"]["amount"], "status": inv["v3_status"]},
            )
