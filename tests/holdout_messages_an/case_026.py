# Order-book imbalance study: pull Databento MBP-10 for a week and summarise with an LLM.
# Usage: python imbalance_study.py   (needs DATABENTO_API_KEY and OPENAI_API_KEY)
import os
import sys

import databento as db
import pandas as pd
from openai import OpenAI

DATASET = "XNAS.ITCH"
SYMBOLS = ["AAPL", "NVDA"]
START, END = "2025-03-03", "2025-03-08"

db_key = os.environ.get("DATABENTO_API_KEY")
if db_key is None:
    print("DATABENTO_API_KEY not set", file=sys.stderr)
    sys.exit(1)
if not db_key.startswith("db-"):
    print(f"DATABENTO_API_KEY should start with 'db-': {db_key}", file=sys.stderr)
    sys.exit(1)

hist = db.Historical(key=db_key)
print(f"Databento client ready (key ...{db_key[-4:]})")
cost = hist.metadata.get_cost(dataset=DATASET, symbols=SYMBOLS, schema="mbp-10", start=START, end=END)
print(f"estimated cost ${cost:.2f} for {SYMBOLS} {START}..{END}")
if cost > float(os.environ.get("MAX_DATA_COST", "25")):
    raise SystemExit(f"cost {cost:.2f} above budget")

data = hist.timeseries.get_range(dataset=DATASET, symbols=SYMBOLS, schema="mbp-10", start=START, end=END)
df = data.to_df()
df["imbalance"] = (df["bid_sz_00"] - df["ask_sz_00"]) / (df["bid_sz_00"] + df["ask_sz_00"])
daily = df.groupby([df.index.date, "symbol"])["imbalance"].mean().unstack()
print(daily.round(4))

llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
resp = llm.chat.completions.create(model="gpt-4o", max_tokens=300, messages=[{"role": "user", "content": "Summarise this daily order-book imbalance table for a research log:\n" + daily.to_csv()}])
print(resp.choices[0].message.content)
print(f"[{resp.usage.prompt_tokens} prompt / {resp.usage.completion_tokens} completion tokens]")
print(f"llm client key: {llm.api_key}")

pd.DataFrame(daily).to_csv("outputs/imbalance_daily.csv")
