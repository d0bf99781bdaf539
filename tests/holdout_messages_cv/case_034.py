# promo-code abuse sweep: clusters of new rider accounts redeeming the same codes
# run by the growth analyst on Mondays (exported from the sweep notebook)
import os
from collections import Counter

import pandas as pd
import sqlalchemy as sa
from openai import OpenAI

OPENAI_FALLBACK = "sk-1QbRQALZSctb8E5Od0fVKQZlWymEvhwSw2IDIw0H8kfYzhH2"  # analyst sandbox key, remove before sharing
WAREHOUSE_URL_ENV = "WAREHOUSE_URL"
SWEEP_MAX_TOKENS = 500

engine = sa.create_engine(os.environ[WAREHOUSE_URL_ENV])
print("warehouse from", WAREHOUSE_URL_ENV, "dialect", engine.dialect.name)
redemptions = pd.read_sql(
    """
    SELECT r.rider_id, r.promo_code, r.redeemed_at, d.device_fingerprint, a.signup_ip
    FROM promo_redemptions r
    JOIN rider_devices d USING (rider_id)
    JOIN rider_accounts a USING (rider_id)
    WHERE r.redeemed_at > now() - interval '7 days'
    """,
    engine,
)
print(len(redemptions), "redemptions this week")

per_device = redemptions.groupby("device_fingerprint")["rider_id"].nunique()
suspicious = per_device[per_device >= 3]
codes = Counter(redemptions[redemptions.device_fingerprint.isin(suspicious.index)].promo_code)
print("suspicious devices:", len(suspicious), "top codes:", codes.most_common(5))

key = os.environ.get("OPENAI_API_KEY") or OPENAI_FALLBACK
print("openai key source:", "env" if "OPENAI_API_KEY" in os.environ else "fallback", "tail", key[-4:])
if key == OPENAI_FALLBACK:
    print(f"WARNING: sandbox key {OPENAI_FALLBACK} in use")
client = OpenAI(api_key=key)
summary = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=SWEEP_MAX_TOKENS,
    messages=[{"role": "user", "content": f"Summarise likely promo abuse rings for the fraud team:\n{suspicious.to_string()}\n{codes.most_common(20)}"}],
)
print(summary.choices[0].message.content)
print("tokens used:", summary.usage.total_tokens, "of", SWEEP_MAX_TOKENS)

out = redemptions[redemptions.device_fingerprint.isin(suspicious.index)]
out.to_csv("promo_sweep.csv", index=False)
print("wrote promo_sweep.csv,", len(out), "rows")
