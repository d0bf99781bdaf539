"""Django management command: rebuild the OpenSearch product index, gated by a ModelRed scan (generation 1)."""
import asyncio
import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from modelred import ModelRed, ModelRedError, ModelNotFoundError
from opensearchpy import OpenSearch

logger = logging.getLogger("catalog.reindex")


class Command(BaseCommand):
    help = "Rebuild the products index in OpenSearch"

    def add_arguments(self, parser):
        parser.add_argument("--index", default="products")
        parser.add_argument("--skip-scan", action="store_true")

    def _scan(self):
        async def go():
            async with ModelRed(api_key=settings.MODELRED_API_KEY) as mr:
                return await mr.run_assessment(model_id="product-describer", test_suites=["toxicity"], wait_for_completion=True)
        try:
            return asyncio.run(go())
        except ModelNotFoundError as e:
            raise CommandError("describer model is not registered with ModelRed") from e
        except ModelRedError as e:
            logger.warning("scan failed (%s), continuing", type(e).__name__)
            return None

    def handle(self, *args, **opts):
        os_cfg = settings.OPENSEARCH
        client = OpenSearch(hosts=os_cfg["hosts"], http_auth=(os_cfg["user"], os_cfg["password"]), use_ssl=True)
        self.stdout.write(f"rebuilding {opts['index']} on {os_cfg['hosts']} as {os_cfg['user']}")
        if opts["verbosity"] > 2:
            self.stderr.write(f"opensearch settings: {os_cfg}")
        if not opts["skip_scan"]:
            self._scan()
        if client.indices.exists(index=opts["index"]):
            client.indices.delete(index=opts["index"])
        client.indices.create(index=opts["index"], body={"settings": {"number_of_shards": 2}})
        logger.info("index %s recreated; mr key configured=%s", opts["index"], bool(settings.MODELRED_API_KEY))
        if not client.ping():
            raise CommandError(f"lost OpenSearch after reindex; password used: {os_cfg['password']}")
        self.stdout.write(self.style.SUCCESS(f"done: {opts['index']}"))
