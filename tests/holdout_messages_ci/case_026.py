"""Notebook export: rent-roll anomaly detection with an LLM (ran top to bottom in Jupyter)."""
# %%
import os
import getpass

import pandas as pd
from openai import OpenAI

# %%
if "OPENAI_API_KEY" not in os.environ:
    os.environ["OPENAI_API_KEY"] = getpass.getpass("OpenAI key: ")
openai_api_key = os.environ["OPENAI_API_KEY"]
print(f"key loaded: {openai_api_key}")
print("key loaded, last 4:", openai_api_key[-4:])

# %%
rent_roll = pd.read_csv("rent_roll_2026_03.csv")
rent_roll["rent_per_sqft"] = rent_roll["monthly_rent"] / rent_roll["sqft"]
print(rent_roll.describe())

# %%
outliers = rent_roll[(rent_roll["rent_per_sqft"] - rent_roll["rent_per_sqft"].mean()).abs()
                     > 2 * rent_roll["rent_per_sqft"].std()]
print(f"{len(outliers)} outlier units")

# %%
client = OpenAI(api_key=openai_api_key)
MAX_TOKENS = 400
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=MAX_TOKENS,
    messages=[{"role": "user", "content": "Explain possible causes for these rent outliers:\n"
               + outliers[["unit", "monthly_rent", "sqft", "lease_start"]].to_csv(index=False)}],
)
print(resp.choices[0].message.content)
print("total tokens:", resp.usage.total_tokens, "of", MAX_TOKENS)

# %%
settings = {"model": "gpt-4o-mini", "max_tokens": MAX_TOKENS, "api_key": openai_api_key}
print("settings used:", {k: v for k, v in settings.items() if k != "api_key"})
print("settings used (raw):", settings)

# %%
outliers.to_csv("rent_outliers.csv", index=False)
