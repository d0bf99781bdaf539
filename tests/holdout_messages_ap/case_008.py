# google_ads_weekly.py - pull last week's campaign performance and print an LLM summary.
import logging
import os

import yaml
from google.ads.googleads.client import GoogleAdsClient
from openai import OpenAI
from modelred import ModelRed, Unauthorized, APIError

logging.basicConfig(level=logging.INFO)
CONFIG_FILE = os.path.expanduser("~/google-ads.yaml")

with open(CONFIG_FILE) as fh:
    cfg = yaml.safe_load(fh)

print("customer", cfg["login_customer_id"])
print(f"config keys: {sorted(cfg)}")
print("developer token present:", "developer_token" in cfg)
if os.environ.get("ADS_DEBUG"):
    print("loaded config:", cfg)
    logging.info("oauth refresh token %s", cfg["refresh_token"])

client = GoogleAdsClient.load_from_dict(cfg)
ga = client.get_service("GoogleAdsService")
query = """
    SELECT campaign.name, metrics.clicks, metrics.impressions, metrics.cost_micros
    FROM campaign WHERE segments.date DURING LAST_7_DAYS
"""
rows = []
for batch in ga.search_stream(customer_id=str(cfg["login_customer_id"]), query=query):
    for row in batch.results:
        rows.append((row.campaign.name, row.metrics.clicks, row.metrics.impressions, row.metrics.cost_micros / 1e6))

table = "\n".join(f"{n}: {c} clicks, {i} impr, ${cost:.2f}" for n, c, i, cost in rows)
llm = OpenAI()
summary = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=400,
    messages=[{"role": "user", "content": "Summarise for the marketing team:\n" + table}],
)
print(summary.choices[0].message.content)

with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
    try:
        page = mr.list_assessments(limit=1)
        print("last safety run:", page["data"][0]["status"] if page["data"] else "none")
    except Unauthorized:
        print("ModelRed key rejected; check MODELRED_API_KEY")
    except APIError as exc:
        logging.warning("modelred unavailable: %s", exc)
