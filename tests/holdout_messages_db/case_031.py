"""manage.py assess_all: run gen-1 assessments for every bot, waiting for completion."""
import asyncio
import logging

from django.core.management.base import BaseCommand, CommandError

from modelred import ModelRed, ModelRedError, AuthenticationError, RateLimitError

from bots.models import Bot
from platformcfg.vault import read_secret

logger = logging.getLogger("bots.assess_all")


class Command(BaseCommand):
    help = "Assess every active bot with ModelRed"

    def add_arguments(self, parser):
        parser.add_argument("--suites", default="basic_security,prompt_injection")
        parser.add_argument("--timeout", type=int, default=45)

    def handle(self, *args, **opts):
        suites = opts["suites"].split(",")
        api_key = read_secret("kv/llm/modelred", field="api_key")
        logger.info("assess_all with suites=%s timeout=%s", suites, opts["timeout"])
        slugs = list(Bot.objects.filter(active=True).values_list("modelred_model_id", flat=True))
        if not slugs:
            raise CommandError("no active bots")
        try:
            results = asyncio.run(self._run(api_key, slugs, suites, opts["timeout"]))
        except AuthenticationError as exc:
            logger.error("vault key rejected by ModelRed: %s", api_key)
            raise CommandError("ModelRed authentication failed") from exc
        for slug, res in results.items():
            self.stdout.write(f"{slug}: {res}")

    async def _run(self, api_key, slugs, suites, timeout):
        out = {}

        def progress(status):
            logger.debug("progress %s", status.get("progress"))

        async with ModelRed(api_key=api_key) as client:
            for slug in slugs:
                try:
                    r = await client.run_assessment(model_id=slug, test_suites=suites, wait_for_completion=True,
                                                    timeout_minutes=timeout, progress_callback=progress)
                except RateLimitError:
                    out[slug] = "rate limited"
                    await asyncio.sleep(10)
                    continue
                except ModelRedError as exc:
                    logger.warning("assessment of %s failed: %s", slug, exc)
                    out[slug] = type(exc).__name__
                    continue
                out[slug] = r.get("overall_score")
        return out
