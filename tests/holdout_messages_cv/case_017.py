# Webfleet.connect trip export -> weekly driver-behaviour digest (exported from the ops notebook)
import os
from datetime import datetime, timedelta

import pandas as pd
import requests
from openai import OpenAI

# %% credentials
WF_ACCOUNT = os.environ["WEBFLEET_ACCOUNT"]
WF_USER = os.environ["WEBFLEET_USER"]
WF_PASSWORD = os.environ["WEBFLEET_PASSWORD"]
WF_APIKEY = os.environ["WEBFLEET_APIKEY"]
openrouter_key = os.environ["OPENROUTER_API_KEY"]
print("account", WF_ACCOUNT, "user", WF_USER)
print("webfleet apikey", WF_APIKEY)

# %% trips for last week
end = datetime.utcnow().date()
start = end - timedelta(days=7)
params = {
    "account": WF_ACCOUNT,
    "username": WF_USER,
    "password": WF_PASSWORD,
    "apikey": WF_APIKEY,
    "lang": "en",
    "outputformat": "json",
    "action": "showTripReportExtern",
    "rangefrom_string": start.isoformat(),
    "rangeto_string": end.isoformat(),
}
resp = requests.get("https://csv.webfleet.com/extern", params=params, timeout=120)
print(resp.status_code, len(resp.content), "bytes")
print({k: v for k, v in params.items() if k not in ("password", "apikey")})
trips = pd.DataFrame(resp.json())
print(trips.groupby("drivername")["distance"].sum().sort_values(ascending=False).head(10))

# %% digest
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=openrouter_key)
by_driver = trips.groupby("drivername").agg({"distance": "sum", "harsh_braking": "sum", "speeding": "sum"})
completion = client.chat.completions.create(
    model="anthropic/claude-3.5-haiku",
    max_tokens=600,
    messages=[{"role": "user", "content": "Weekly driver-behaviour digest:\n" + by_driver.to_csv()}],
)
print(completion.choices[0].message.content)
print("tokens:", completion.usage.prompt_tokens, "+", completion.usage.completion_tokens)
if completion.choices[0].finish_reason != "stop":
    print("digest cut short; openrouter key", openrouter_key)

# %% save
by_driver.to_csv(f"digest_{end.isoformat()}.csv")
