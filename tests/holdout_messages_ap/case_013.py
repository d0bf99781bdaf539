"""manage.py sync_mailchimp_campaigns: copy campaign stats into the marketing warehouse."""
import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from mailchimp_marketing import Client
from mailchimp_marketing.api_client import ApiClientError

from marketing.models import CampaignStat

logger = logging.getLogger("marketing.sync")


class Command(BaseCommand):
    help = "Sync Mailchimp campaign reports"

    def add_arguments(self, parser):
        parser.add_argument("--since", default=None)
        parser.add_argument("--count", type=int, default=50)

    def client(self):
        api_key = settings.MAILCHIMP_API_KEY
        logger.info("MAILCHIMP_API_KEY setting is %s", "set" if api_key else "missing")
        mc = Client()
        mc.set_config({"api_key": api_key, "server": settings.MAILCHIMP_SERVER})
        try:
            mc.ping.get()
        except ApiClientError as exc:
            logger.error("mailchimp ping failed: HTTP %s", exc.status_code)
            raise CommandError(f"Mailchimp ping failed with key {api_key}")
        logger.info("mailchimp client configured with %s", api_key)
        return mc

    def handle(self, *args, **opts):
        mc = self.client()
        params = {"count": opts["count"], "sort_field": "send_time", "sort_dir": "DESC"}
        if opts["since"]:
            params["since_send_time"] = opts["since"]
        reports = mc.reports.get_all_campaign_reports(**params)["reports"]
        n = 0
        for r in reports:
            CampaignStat.objects.update_or_create(
                campaign_id=r["id"],
                defaults={
                    "subject": r["subject_line"],
                    "opens": r["opens"]["unique_opens"],
                    "clicks": r["clicks"]["unique_clicks"],
                    "open_rate": r["opens"]["open_rate"],
                },
            )
            n += 1
        self.stdout.write(self.style.SUCCESS(f"Synced {n} campaigns on {settings.MAILCHIMP_SERVER}"))
