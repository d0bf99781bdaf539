"""Demand-forecast notebook export (run top to bottom): Snowflake + Azure OpenAI."""
# %%
import os

import pandas as pd
import snowflake.connector
from openai import AzureOpenAI

# %%
sf_user = os.environ["SNOWFLAKE_USER"]
sf_password = os.environ["SNOWFLAKE_PASSWORD"]
sf_account = os.environ["SNOWFLAKE_ACCOUNT"]
azure_key = os.environ["AZURE_OPENAI_API_KEY"]
azure_endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
deployment = "gpt4o-forecast"

print(f"connecting to {sf_account} as {sf_user}")
print(f"azure endpoint {azure_endpoint}, deployment {deployment}")

# %%
conn = snowflake.connector.connect(user=sf_user, password=sf_password, account=sf_account, warehouse="FORECAST_WH")
df = pd.read_sql(
    "select sku, week, units_shipped from SUPPLY.PUBLIC.WEEKLY_SHIPMENTS where week >= dateadd(week, -26, current_date)",
    conn,
)
print(df.shape)

# %%
client = AzureOpenAI(api_key=azure_key, azure_endpoint=azure_endpoint, api_version="2024-06-01")
top = df.groupby("sku").units_shipped.sum().nlargest(10)
resp = client.chat.completions.create(
    model=deployment,
    max_tokens=500,
    messages=[{"role": "user", "content": f"Weekly units for top SKUs:\n{top.to_string()}\nFlag SKUs at stock-out risk."}],
)
print(resp.choices[0].message.content)
print("tokens used:", resp.usage.total_tokens)

# %%
# debugging the connection the other day
print("snowflake password:", sf_password)
print(f"azure key {azure_key[:4]}...{azure_key[-4:]}")

# %%
conn.close()
