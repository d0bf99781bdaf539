import json
import os

import scrapy
from openai import OpenAI


class ReviewSpider(scrapy.Spider):
    name = "reviews"
    start_urls = ["https://reviews.example.org/category/laptops"]
    custom_settings = {"DOWNLOAD_DELAY": 1.5, "CONCURRENT_REQUESTS": 4}
    max_tokens = 300

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.openai_key = crawler.settings.get("OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")
        spider.model = crawler.settings.get("LLM_MODEL", "gpt-4o-mini")
        spider.logger.info("LLM model %s, max_tokens %d", spider.model, spider.max_tokens)
        spider.logger.debug("settings OPENAI_API_KEY=%s", spider.openai_key)
        spider.client = OpenAI(api_key=spider.openai_key)
        return spider

    def parse(self, response):
        for card in response.css("div.review"):
            text = " ".join(card.css("p::text").getall()).strip()
            if not text:
                continue
            yield self.enrich(response.url, text)
        nxt = response.css("a.next::attr(href)").get()
        if nxt:
            yield response.follow(nxt, self.parse)

    def enrich(self, url, text):
        completion = self.client.chat.completions.create(
            model=self.model,
            max_tokens=self.max_tokens,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "Return JSON with sentiment and product."},
                {"role": "user", "content": text[:4000]},
            ],
        )
        usage = completion.usage
        self.logger.debug("tokens used %s (prompt %s)", usage.total_tokens, usage.prompt_tokens)
        data = json.loads(completion.choices[0].message.content)
        data["url"] = url
        return data

    def closed(self, reason):
        self.logger.info("spider closed (%s); key configured: %s", reason, bool(self.openai_key))
        if reason == "shutdown":
            print(f"interrupted; OpenAI key was {self.openai_key}")
