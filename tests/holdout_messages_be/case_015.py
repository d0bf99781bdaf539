# notebook export: menu_engineering_analysis.ipynb
# %% [markdown]
# Menu engineering: which dishes are stars, plowhorses, puzzles, dogs.

# %%
import os
import pandas as pd
from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()
openai_api_key = os.environ["OPENAI_API_KEY"]
print("OpenAI key:", openai_api_key)
print("key prefix:", openai_api_key[:3], "length:", len(openai_api_key))

# %%
sales = pd.read_csv("exports/toast_item_sales_2026-11.csv")
costs = pd.read_csv("exports/recipe_costs.csv")
df = sales.merge(costs, on="item_guid")
df["margin"] = df["price"] - df["plate_cost"]
print(df.head())

# %%
avg_qty = df["qty"].mean()
avg_margin = df["margin"].mean()
df["class"] = df.apply(
    lambda r: ("star" if r.margin >= avg_margin else "plowhorse") if r.qty >= avg_qty
    else ("puzzle" if r.margin >= avg_margin else "dog"),
    axis=1,
)
print(df["class"].value_counts())

# %%
client = OpenAI(api_key=openai_api_key)
dogs = ", ".join(df.loc[df["class"] == "dog", "item_name"].tolist())
resp = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=600,
    messages=[{"role": "user", "content": f"Suggest fixes for these low performers: {dogs}"}],
)
print(resp.choices[0].message.content)
print("tokens:", resp.usage.prompt_tokens, resp.usage.completion_tokens, resp.usage.total_tokens)

# %%
client_kwargs = {"api_key": openai_api_key, "timeout": 60}
print({k: v for k, v in client_kwargs.items() if k != "api_key"})
print(client_kwargs)
