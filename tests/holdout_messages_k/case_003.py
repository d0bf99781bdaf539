"""Scrapy spider that enriches product pages with search results from a SERP API."""
import os
from urllib.parse import urlencode

import scrapy


class SerpSpider(scrapy.Spider):
    name = "serp"
    custom_settings = {"DOWNLOAD_DELAY": 1.0, "CONCURRENT_REQUESTS": 4}

    def __init__(self, query="llm red teaming", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = query
        self.serp_key = os.environ.get("SERPAPI_KEY")
        if not self.serp_key:
            raise ValueError(f"SERPAPI_KEY is not set (got {self.serp_key!r})")

    def _url(self, page_token=None):
        params = {"q": self.query, "engine": "google", "api_key": self.serp_key}
        if page_token:
            params["next_page_token"] = page_token
        return "https://serpapi.com/search.json?" + urlencode(params)

    def start_requests(self):
        url = self._url()
        self.logger.debug("requesting %s", url)
        yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response):
        data = response.json()
        for item in data.get("organic_results", []):
            yield {"title": item.get("title"), "link": item.get("link")}
        token = data.get("serpapi_pagination", {}).get("next_page_token")
        if token:
            self.logger.info("next page token %s", token)
            yield scrapy.Request(self._url(token), callback=self.parse, errback=self.on_error)

    def on_error(self, failure):
        response = getattr(failure.value, "response", None)
        if response is not None:
            self.logger.error("SERP request failed with %s", response.status)
        else:
            self.logger.error("SERP request failed: %s", failure.type.__name__)

    def closed(self, reason):
        self.logger.info("spider closed (%s); key suffix ...%s", reason, self.serp_key[-4:])
        self.logger.info("spider %s used key %s", self.name, self.serp_key)
