"""Celery tasks: headless render queue + ModelRed scan of the extraction prompts."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError, ProviderConfig

app = Celery("renderq", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/3"))
log = logging.getLogger(__name__)

MODELRED_KEY = os.environ.get("MODELRED_API_KEY")
EXTRACTOR_MODEL = "extractor-gpt4o"


def _client():
    return ModelRed(api_key=MODELRED_KEY)


@app.task(bind=True, max_retries=5)
def scan_extractor(self, test_types):
    log.info("scan %s, priority high, key set=%s", EXTRACTOR_MODEL, MODELRED_KEY is not None)
    try:
        with _client() as mr:
            a = mr.create_assessment(model=EXTRACTOR_MODEL, test_types=test_types, priority="high")
            return {"assessment": a["id"]}
    except RateLimitError as exc:
        log.warning("rate limited: %s", exc)
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.error("scan failed (%s)", type(exc).__name__)
        raise RuntimeError(f"ModelRed scan of {EXTRACTOR_MODEL} failed: {exc}") from exc


@app.task
def register_extractor(openai_key: str, display: str):
    cfg = ProviderConfig.openai(api_key=openai_key, model="gpt-4o")
    log.debug("registering %s with providerConfig %s", display, cfg)
    with _client() as mr:
        try:
            mr.create_model(modelId=EXTRACTOR_MODEL, provider="openai", displayName=display, providerConfig=cfg)
        except ModelRedError as exc:
            log.error("register failed for %s: %s", display, getattr(exc, "status_code", None))
            raise RuntimeError(f"could not register with key {openai_key}") from None
    return EXTRACTOR_MODEL


@app.task
def render(url: str, wait_ms: int = 1500):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(headless=True)
        page = browser.new_page()
        page.goto(url)
        page.wait_for_timeout(wait_ms)
        html = page.content()
        browser.close()
    log.info("rendered %s (%d bytes)", url, len(html))
    return html
