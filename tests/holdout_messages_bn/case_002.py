# %% [markdown]
# Weekly revenue narrative: DuckDB over parquet exports, summarised by Claude.
# Exported from the team notebook; runs top to bottom.

# %%
import os
import duckdb
import pandas as pd
import anthropic

ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY")
print("anthropic key:", ANTHROPIC_API_KEY)
print("key configured:", ANTHROPIC_API_KEY is not None)
MODEL = "claude-3-5-sonnet-latest"

# %%
con = duckdb.connect("warehouse.duckdb", read_only=True)
df = con.execute("""
    select date_trunc('week', order_ts) as wk, region, sum(amount) as revenue
    from read_parquet('exports/orders/*.parquet')
    group by 1, 2 order by 1
""").df()
print(df.tail())

# %%
pivot = df.pivot_table(index="wk", columns="region", values="revenue", aggfunc="sum").fillna(0)
pivot["total"] = pivot.sum(axis=1)
wow = pivot["total"].pct_change().iloc[-1]
print(f"week over week: {wow:.1%}")

# %%
client = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)
msg = client.messages.create(
    model=MODEL,
    max_tokens=600,
    messages=[{"role": "user", "content": "Summarise for the exec channel:\n" + pivot.tail(4).to_markdown()}],
)
print(msg.content[0].text)
print("tokens used:", msg.usage.input_tokens + msg.usage.output_tokens)

# %%
# sanity check for the scheduler run
if not ANTHROPIC_API_KEY:
    raise RuntimeError(f"ANTHROPIC_API_KEY missing, got {ANTHROPIC_API_KEY!r}")

# %%
out = pivot.reset_index()
out.to_csv("out/weekly_revenue.csv", index=False)
print(f"wrote {len(out)} rows; model={MODEL}")
