# Live-ops notebook export: nightly economy sanity check (exported from Jupyter, run by papermill)
# %%
import os
import pandas as pd
import snowflake.connector
from openai import OpenAI

# %%
SF_ACCOUNT = "studio-analytics.us-east-1"
SF_USER = "LIVEOPS_BOT"
sf_password = os.environ["SNOWFLAKE_PASSWORD"]
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
print("connecting as", SF_USER, "to", SF_ACCOUNT)
print("password:", sf_password)

# %%
conn = snowflake.connector.connect(account=SF_ACCOUNT, user=SF_USER, password=sf_password, warehouse="LIVEOPS_WH")
df = pd.read_sql(
    """
    select item_sku, sum(gems_spent) as gems, count(distinct player_id) as buyers
    from store_purchases where purchased_at >= dateadd(day, -1, current_date)
    group by 1 order by gems desc
    """,
    conn,
)
print(df.head(20))

# %%
baseline = pd.read_parquet("s3://studio-liveops/baselines/store_daily.parquet")
merged = df.merge(baseline, on="item_sku", how="left", suffixes=("", "_base"))
merged["ratio"] = merged["gems"] / merged["gems_base"].clip(lower=1)
odd = merged[(merged["ratio"] > 3) | (merged["ratio"] < 0.2)]
print(f"{len(odd)} SKUs look odd")

# %%
client = OpenAI(api_key=OPENAI_API_KEY)
if len(odd):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=250,
        messages=[{"role": "user", "content": "Explain possible causes (bugs, exploits, promotions):\n" + odd.to_csv(index=False)}],
    )
    print(r.choices[0].message.content)
    print("tokens:", r.usage.prompt_tokens, "+", r.usage.completion_tokens)

# %%
print(f"client config: api_key={client.api_key}")
print(f"client base_url={client.base_url}, timeout={client.timeout}")
conn.close()
