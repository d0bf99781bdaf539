"""Scrapy extension: after the crawl, run a ModelRed assessment on the chatbot we scraped answers for."""
import asyncio
import logging

from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger(__name__)


class ModelRedAfterCrawl:
    def __init__(self, api_key, model_id, suites):
        self.api_key = api_key
        self.model_id = model_id
        self.suites = suites

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if not s.getbool("MODELRED_ENABLED"):
            raise NotConfigured
        ext = cls(s.get("MODELRED_API_KEY"), s.get("MODELRED_MODEL_ID"), s.getlist("MODELRED_SUITES", ["basic_security"]))
        logger.info("ModelRed after-crawl for %s suites=%s", ext.model_id, ext.suites)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        asyncio.run(self._validate(spider))

    async def _validate(self, spider):
        try:
            async with ModelRed(api_key=self.api_key) as client:
                await client.validate_api_key()
        except AuthenticationError as e:
            spider.logger.error("ModelRed key rejected: %s", e)
            raise CloseSpider(f"modelred auth failed: {e}")
        except ModelRedError:
            spider.logger.exception("ModelRed validation failed")

    def spider_closed(self, spider, reason):
        if reason != "finished":
            return
        try:
            result = asyncio.run(self._run())
            spider.logger.info("assessment %s status %s", result.get("assessment_id"), result.get("status"))
        except QuotaExceededError as e:
            spider.logger.warning("ModelRed quota exceeded (%s)", type(e).__name__)
        except ModelRedError as e:
            spider.logger.warning("assessment failed with key %s: %s", self.api_key, e)

    async def _run(self):
        async with ModelRed(api_key=self.api_key) as client:
            return await client.run_assessment(model_id=self.model_id, test_suites=self.suites, wait_for_completion=True, timeout_minutes=30)
