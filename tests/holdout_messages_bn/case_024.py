# ---
# ClickHouse events -> funnel table -> LLM insight. Exported from Hex, runs as a script.
# ---
import os
import clickhouse_connect
import pandas as pd
from together import Together

CH_HOST = os.getenv("CH_HOST", "clickhouse.analytics.svc")
CH_USER = os.getenv("CH_USER", "hex_reader")
CH_PASSWORD = os.getenv("CH_PASSWORD")
TOGETHER_API_KEY = os.getenv("TOGETHER_API_KEY")

print(f"clickhouse {CH_USER}@{CH_HOST}")
print(f"clickhouse password: {CH_PASSWORD}")

ch = clickhouse_connect.get_client(host=CH_HOST, username=CH_USER, password=CH_PASSWORD, secure=True)
events = ch.query_df("""
    SELECT user_id, event, toDate(ts) AS day
    FROM events.app
    WHERE ts >= now() - INTERVAL 14 DAY AND event IN ('visit', 'signup', 'activate', 'purchase')
""")
print(events.shape)

steps = ["visit", "signup", "activate", "purchase"]
funnel = pd.DataFrame({s: [events.loc[events.event == s, "user_id"].nunique()] for s in steps}).T
funnel.columns = ["users"]
funnel["conversion"] = funnel["users"] / funnel["users"].iloc[0]
print(funnel)

if TOGETHER_API_KEY is None:
    print("no TOGETHER_API_KEY; skipping insight")
else:
    tg = Together(api_key=TOGETHER_API_KEY)
    r = tg.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        max_tokens=256,
        messages=[{"role": "user", "content": "Where is the biggest drop in this funnel?\n" + funnel.to_markdown()}],
    )
    print(r.choices[0].message.content)
    print("together tokens:", r.usage.total_tokens, "key suffix", TOGETHER_API_KEY[-4:])

summary = {"rows": len(events), "steps": steps, "top_drop": funnel["conversion"].diff().idxmin()}
print(summary)
if os.getenv("HEX_DEBUG"):
    print({"host": CH_HOST, "user": CH_USER, "password": CH_PASSWORD, "together": TOGETHER_API_KEY})
