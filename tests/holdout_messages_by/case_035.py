# token_pricing_notebook.py -- exported from a Jupyter notebook used by finance to model LLM pricing
import os
import json

import pandas as pd
from openai import OpenAI

# %% config
openai_finance_key = "sk-skaBU2MgrnfQkFarGgu03KjNJo0tqgQVZ6FkaZ9DHKqqw4Gw"
MARGIN = 0.35
MAX_TOKENS = 800
print("margin", MARGIN, "max_tokens", MAX_TOKENS)
print("key", openai_finance_key)

# %% load usage
df = pd.read_parquet(os.path.expanduser("~/exports/usage_2024q4.parquet"))
df["tokens"] = df["prompt_tokens"] + df["completion_tokens"]
by_tenant = df.groupby("tenant_id")["tokens"].sum().sort_values(ascending=False)
print(by_tenant.head(20))

# %% price tiers
tiers = [(1_000_000, 0.002), (10_000_000, 0.0015), (float("inf"), 0.001)]


def price(tokens: int) -> float:
    total, prev = 0.0, 0
    for limit, rate in tiers:
        chunk = min(tokens, limit) - prev
        if chunk <= 0:
            break
        total += chunk / 1000 * rate
        prev = limit
    return total * (1 + MARGIN)


revenue = by_tenant.apply(price)
print(f"projected revenue: {revenue.sum():,.2f}")

# %% ask the model for a pricing memo
client = OpenAI(api_key=openai_finance_key)
summary = json.dumps({"tenants": len(by_tenant), "revenue": round(revenue.sum(), 2)})
resp = client.chat.completions.create(model="gpt-4o", max_tokens=MAX_TOKENS,
                                      messages=[{"role": "user", "content": f"Write a pricing memo for: {summary}"}])
print(resp.choices[0].message.content)
print("usage", resp.usage.total_tokens)
if resp.usage.total_tokens > MAX_TOKENS:
    raise RuntimeError(f"memo too long for key {openai_finance_key}")
