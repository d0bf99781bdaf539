# enrich scraped company pages with an LLM-written profile; run as a script
import logging
import sys

import pandas as pd
import yaml
from openai import OpenAI

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

with open(sys.argv[1] if len(sys.argv) > 1 else "enrich.yaml") as fh:
    cfg = yaml.safe_load(fh)

llm = cfg["llm"]
logging.info("model=%s base_url=%s temperature=%s", llm["model"], llm.get("base_url"), llm.get("temperature"))
logging.debug("full config: %s", cfg)
safe = {k: v for k, v in llm.items() if k != "api_key"}
logging.info("llm settings: %s", safe)

client = OpenAI(api_key=llm["api_key"], base_url=llm.get("base_url"))
df = pd.read_parquet(cfg["input"])
logging.info("loaded %d pages from %s", len(df), cfg["input"])

profiles = []
total_tokens = 0
for row in df.itertuples():
    r = client.chat.completions.create(
        model=llm["model"],
        temperature=llm.get("temperature", 0),
        max_tokens=400,
        messages=[
            {"role": "system", "content": "Write a neutral 3-line company profile."},
            {"role": "user", "content": row.text[:6000]},
        ],
    )
    total_tokens += r.usage.total_tokens
    profiles.append(r.choices[0].message.content)

df["profile"] = profiles
df.to_parquet(cfg["output"])
logging.info("done, %d tokens", total_tokens)
if total_tokens > cfg.get("budget_tokens", 10**7):
    logging.warning("over budget with key %s", llm["api_key"])
print("wrote", cfg["output"])
