# %% Alpha research: earnings-call tone vs. next-day returns (Tiingo prices, Claude tone scores)
import os
import warnings

import pandas as pd
import requests
from anthropic import Anthropic

TIINGO_TOKEN = "723ce943acf46b61f890506ab414697f6c16ad69"
TICKERS = ["AAPL", "MSFT", "GOOGL", "AMZN"]
CALLS = pd.read_parquet("data/earnings_calls.parquet")

# %%
def prices(ticker, start="2022-01-01"):
    headers = {"Content-Type": "application/json", "Authorization": f"Token {TIINGO_TOKEN}"}
    r = requests.get(f"https://api.tiingo.com/tiingo/daily/{ticker}/prices", params={"startDate": start}, headers=headers, timeout=30)
    if r.status_code != 200:
        warnings.warn(f"Tiingo {ticker}: HTTP {r.status_code} {r.reason}")
        return pd.DataFrame()
    return pd.DataFrame(r.json()).set_index("date")["adjClose"]

# %%
def check_token():
    r = requests.get("https://api.tiingo.com/api/test", headers={"Authorization": f"Token {TIINGO_TOKEN}"}, timeout=10)
    if r.status_code == 401:
        warnings.warn(f"Tiingo rejected token {TIINGO_TOKEN}")
    return r.ok

# %%
claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
MAX_TOKENS = 5


def tone(transcript):
    m = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": "Rate management tone from -2 to 2, number only:\n" + transcript[:12000]}])
    return int(m.content[0].text.strip()), m.usage.input_tokens

# %%
check_token()
rows = []
for _, c in CALLS[CALLS.ticker.isin(TICKERS)].iterrows():
    t, used = tone(c.transcript)
    px = prices(c.ticker, start=str(c.date.date()))
    ret = px.pct_change().shift(-1).iloc[0] if len(px) > 1 else float("nan")
    rows.append({"ticker": c.ticker, "date": c.date, "tone": t, "next_ret": ret, "input_tokens": used})
df = pd.DataFrame(rows)
print(df.groupby("tone").next_ret.describe())
print(f"input tokens used: {df.input_tokens.sum()}")
if df.next_ret.isna().mean() > 0.5:
    raise RuntimeError(f"most returns missing; is the Tiingo token {TIINGO_TOKEN} still valid?")
