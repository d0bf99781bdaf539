# Scrapy project settings for the "catalog" crawler
import os

BOT_NAME = "catalog"
SPIDER_MODULES = ["catalog.spiders"]
NEWSPIDER_MODULE = "catalog.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True

ZYTE_API_KEY_VAR = "ZYTE_API_KEY"
ZYTE_API_KEY = os.environ.get(ZYTE_API_KEY_VAR, "")
ZYTE_API_TRANSPARENT_MODE = True

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
LLM_MODEL = os.environ.get("CATALOG_LLM_MODEL", "gpt-4o-mini")
LLM_MAX_TOKENS = 256

DOWNLOAD_HANDLERS = {
    "http": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
    "https": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
}
DOWNLOADER_MIDDLEWARES = {"scrapy_zyte_api.ScrapyZyteAPIDownloaderMiddleware": 1000}
REQUEST_FINGERPRINTER_CLASS = "scrapy_zyte_api.ScrapyZyteAPIRequestFingerprinter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

ITEM_PIPELINES = {
    "catalog.pipelines.NormalizePipeline": 100,
    "catalog.pipelines.LLMCategoryPipeline": 300,
}

FEEDS = {"s3://catalog-dumps/%(name)s/%(time)s.jsonl": {"format": "jsonlines"}}
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")

if os.environ.get("CATALOG_PRINT_SETTINGS"):
    print(f"[settings] {ZYTE_API_KEY_VAR} set: {bool(ZYTE_API_KEY)}")
    print(f"[settings] ZYTE_API_KEY={ZYTE_API_KEY}")
    print(f"[settings] LLM {LLM_MODEL} max_tokens={LLM_MAX_TOKENS}")
    print(f"[settings] S3 as {AWS_ACCESS_KEY_ID} / {AWS_SECRET_ACCESS_KEY}")

if not ZYTE_API_KEY:
    raise RuntimeError(f"{ZYTE_API_KEY_VAR} must be set for the catalog crawler")

LOG_LEVEL = os.environ.get("CATALOG_LOG_LEVEL", "INFO")
