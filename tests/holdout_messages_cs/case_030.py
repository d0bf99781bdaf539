"""Django management command: enrich catalogue records with LLM-suggested keywords."""
import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from openai import OpenAI, AuthenticationError

from catalogue.models import Record

logger = logging.getLogger("catalogue.enrich")


class Command(BaseCommand):
    help = "Suggest keywords for records that have none"

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=100)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        api_key = getattr(settings, "OPENAI_API_KEY", None)
        model = getattr(settings, "ENRICH_MODEL", "gpt-4o-mini")
        max_tokens = getattr(settings, "ENRICH_MAX_TOKENS", 120)
        if api_key is None:
            raise CommandError("settings.OPENAI_API_KEY is not set")
        logger.info("enrich: model=%s max_tokens=%s limit=%s", model, max_tokens, opts["limit"])
        client = OpenAI(api_key=api_key)
        logger.debug("api key configured: %s", bool(api_key))
        try:
            client.models.retrieve(model)
        except AuthenticationError as exc:
            logger.error("OpenAI rejected the key: %s", exc.code)
            raise CommandError(f"OpenAI rejected settings.OPENAI_API_KEY={api_key}") from exc
        qs = Record.objects.filter(keywords="").order_by("pk")[: opts["limit"]]
        done = 0
        for rec in qs:
            out = client.chat.completions.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": f"Keywords for: {rec.title}. {rec.abstract}"}],
            )
            kw = out.choices[0].message.content.strip()
            if opts["dry_run"]:
                logger.info("%s -> %s", rec.pk, kw)
                continue
            rec.keywords = kw
            rec.save(update_fields=["keywords"])
            done += 1
        logger.info("updated %d records", done)
