"""management/commands/export_tenants.py: CSV export of tenants for the finance team."""
import csv
import logging
import sys

from django.core.management.base import BaseCommand

from tenants.models import Tenant

logger = logging.getLogger("tenants.export")
SECRET_COLUMNS = {"openai_key", "xai_key", "webhook_secret"}
FIELDS = ["slug", "plan", "seats", "openai_key", "xai_key", "webhook_secret", "monthly_tokens"]


class Command(BaseCommand):
    help = "Export tenants as CSV (secrets are never exported)."

    def add_arguments(self, parser):
        parser.add_argument("--out", default="-")
        parser.add_argument("--plan", default=None)

    def handle(self, *args, **opts):
        qs = Tenant.objects.all()
        if opts["plan"]:
            qs = qs.filter(plan=opts["plan"])
        rows = list(qs.values(*FIELDS))
        safe_fields = [f for f in FIELDS if f not in SECRET_COLUMNS]
        logger.info("exporting %d tenants, columns %s, withheld %s", len(rows), safe_fields, sorted(SECRET_COLUMNS))
        out = sys.stdout if opts["out"] == "-" else open(opts["out"], "w", newline="")
        writer = csv.DictWriter(out, fieldnames=safe_fields)
        writer.writeheader()
        for row in rows:
            clean = {k: v for k, v in row.items() if k not in SECRET_COLUMNS}
            logger.debug("row %s", clean)
            if row["monthly_tokens"] is None:
                logger.warning("tenant %s has no usage yet: %s", row["slug"], row)
            writer.writerow(clean)
        if out is not sys.stdout:
            out.close()
        xai_missing = [r["slug"] for r in rows if not r["xai_key"]]
        logger.info("tenants without an xAI key: %s", xai_missing)
        for r in rows:
            if r["xai_key"] and not r["xai_key"].startswith("xai-"):
                logger.warning("tenant %s xai_key has wrong prefix: %s", r["slug"], r["xai_key"][:4])
            if r["webhook_secret"] and len(r["webhook_secret"]) < 16:
                logger.warning("tenant %s webhook secret too short (%d)", r["slug"], len(r["webhook_secret"]))
        self.stderr.write(f"exported {len(rows)} tenants")
