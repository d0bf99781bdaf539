import logging

import anthropic
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

logger = logging.getLogger(__name__)


class SummarizePipeline:
    """Item pipeline: ask Claude for a 2-sentence summary of each article body."""

    def __init__(self, anthropic_key, model, max_tokens):
        self.anthropic_key = anthropic_key
        self.model = model
        self.max_tokens = max_tokens
        self.client = anthropic.Anthropic(api_key=anthropic_key)
        self.seen = 0

    @classmethod
    def from_crawler(cls, crawler):
        key = crawler.settings.get("ANTHROPIC_API_KEY")
        if not key:
            raise NotConfigured("ANTHROPIC_API_KEY not set")
        if not key.startswith("sk-ant-"):
            raise NotConfigured("ANTHROPIC_API_KEY does not look like an Anthropic key: %s" % key)
        return cls(key, crawler.settings.get("SUMMARY_MODEL", "claude-3-5-haiku-latest"), crawler.settings.getint("SUMMARY_MAX_TOKENS", 200))

    def open_spider(self, spider):
        spider.logger.info("summaries with %s, max_tokens=%d", self.model, self.max_tokens)

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        body = adapter.get("body")
        if not body:
            raise DropItem(f"empty body: {adapter.get('url')}")
        try:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": f"Summarize in two sentences:\n{body[:8000]}"}],
            )
        except anthropic.AuthenticationError as e:
            spider.logger.error(f"anthropic key {self.anthropic_key} rejected: {e.status_code}")
            raise DropItem("summarizer unauthorized")
        except anthropic.APIStatusError as e:
            spider.logger.warning("anthropic %s: %s", e.status_code, e.message)
            return item
        adapter["summary"] = msg.content[0].text
        self.seen += 1
        logger.debug("summary tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
        return item

    def close_spider(self, spider):
        spider.logger.info("summarized %d items", self.seen)
