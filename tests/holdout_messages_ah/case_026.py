# one-off: render the competitor pages and push a ModelRed scan of our scraper-agent. run: python case_026.py
import asyncio
import logging

from modelred import ModelRed, ModelRedError, NotAllowedForApiKey
from playwright.sync_api import sync_playwright

logging.basicConfig(level=logging.DEBUG)

MR_KEY = "mr_jAHLcze0crNHA9Dfl1lYvsbYfYtgHZewuGBdk5iw"
AGENT_MODEL = "scraper-agent-prod"
PACKS = ["web-prompt-injection", "tool-misuse"]
URLS = ["https://competitor-a.example/pricing", "https://competitor-b.example/plans"]

logging.debug("client key %s", MR_KEY)
logging.debug("client key prefix %s...", MR_KEY[:3])

with sync_playwright() as p:
    browser = p.chromium.launch()
    for url in URLS:
        page = browser.new_page()
        page.goto(url)
        page.screenshot(path=url.split("//")[1].split("/")[0] + ".png", full_page=True)
        logging.info("captured %s", url)
        page.close()
    browser.close()

client = ModelRed(MR_KEY, timeout=30.0)
try:
    assessment = client.create_assessment(model_id=AGENT_MODEL, probe_pack_ids=PACKS)
    logging.info("assessment %s queued for %s", assessment["id"], AGENT_MODEL)
except NotAllowedForApiKey as e:
    logging.error("this key may not create assessments: %s", type(e).__name__)
except ModelRedError as e:
    logging.error("scan failed: %s", e)
finally:
    client.close()

owned = ModelRed(MR_KEY).list_models(page=1)
print("models visible to", MR_KEY, ":", len(owned.get("data", [])))
