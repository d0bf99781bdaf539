from urllib.parse import urlencode

import scrapy
from scrapy.exceptions import IgnoreRequest, NotConfigured

SCRAPINGBEE_ENDPOINT = "https://app.scrapingbee.com/api/v1/"


class ScrapingBeeMiddleware:
    """Route requests through ScrapingBee; the API key is a query parameter."""

    def __init__(self, api_key, render_js, premium):
        self.api_key = api_key
        self.render_js = render_js
        self.premium = premium

    @classmethod
    def from_crawler(cls, crawler):
        key = crawler.settings.get("SCRAPINGBEE_API_KEY")
        if not key:
            raise NotConfigured("SCRAPINGBEE_API_KEY")
        return cls(key, crawler.settings.getbool("SCRAPINGBEE_RENDER_JS", True), crawler.settings.getbool("SCRAPINGBEE_PREMIUM"))

    def process_request(self, request, spider):
        if request.meta.get("scrapingbee_done") or request.url.startswith(SCRAPINGBEE_ENDPOINT):
            return None
        params = {
            "api_key": self.api_key,
            "url": request.url,
            "render_js": str(self.render_js).lower(),
            "premium_proxy": str(self.premium).lower(),
        }
        spider.logger.debug("scrapingbee params %r", params)
        spider.logger.debug("scrapingbee render_js=%s premium=%s for %s", params["render_js"], params["premium_proxy"], request.url)
        new = request.replace(url=SCRAPINGBEE_ENDPOINT + "?" + urlencode(params))
        new.meta["scrapingbee_done"] = True
        new.meta["original_url"] = request.url
        return new

    def process_response(self, request, response, spider):
        original = request.meta.get("original_url")
        if response.status == 401:
            raise IgnoreRequest(f"ScrapingBee 401 for {original}: key {self.api_key} invalid")
        if response.status >= 400:
            spider.logger.warning("ScrapingBee %s for %s: %s", response.status, original, response.text[:200])
            raise IgnoreRequest(f"ScrapingBee {response.status} for {original}")
        spent = response.headers.get("Spb-cost", b"?").decode()
        spider.logger.debug("credits spent %s", spent)
        return response.replace(url=original)


class ExampleSpider(scrapy.Spider):
    name = "bee_example"
    start_urls = ["https://quotes.toscrape.com/js/"]
    custom_settings = {"DOWNLOADER_MIDDLEWARES": {__name__ + ".ScrapingBeeMiddleware": 725}}

    def parse(self, response):
        for q in response.css("div.quote span.text::text").getall():
            yield {"quote": q}
