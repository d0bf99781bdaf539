# notebook export: quick label job for the support-ticket warehouse table (run top to bottom)
import os

import pandas as pd
import sqlalchemy as sa
from openai import OpenAI

# %%
OPENAI_KEY = "sk-DlYCXaED4tsFC2itPMHL0TZqknEr84aQ8YELc04Ddp9Irt5g"
os.environ.setdefault("OPENAI_API_KEY", OPENAI_KEY)
WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "postgresql+psycopg://analyst@warehouse:5432/dw")
print("warehouse:", WAREHOUSE_URL.split("@")[-1])
print("using key", OPENAI_KEY)

# %%
engine = sa.create_engine(WAREHOUSE_URL)
df = pd.read_sql("select ticket_id, subject, body from support.tickets where label is null limit 300",
                 engine)
print(df.shape)

# %%
client = OpenAI(api_key=OPENAI_KEY)
labels, prompt_tokens, completion_tokens = [], 0, 0
for _, row in df.iterrows():
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=5,
        messages=[{"role": "system", "content": "Answer billing, bug, howto or other."},
                  {"role": "user", "content": f"{row.subject}\n{row.body[:2000]}"}],
    )
    labels.append(r.choices[0].message.content.strip().lower())
    prompt_tokens += r.usage.prompt_tokens
    completion_tokens += r.usage.completion_tokens
df["label"] = labels
print(f"prompt tokens {prompt_tokens}, completion tokens {completion_tokens}")

# %%
cost = prompt_tokens / 1e6 * 0.15 + completion_tokens / 1e6 * 0.6
print(f"approx cost ${cost:.2f}")
df[["ticket_id", "label"]].to_sql("ticket_labels_tmp", engine, schema="support",
                                  if_exists="replace", index=False)

# %%
with engine.begin() as conn:
    n = conn.execute(sa.text("update support.tickets t set label = l.label from support.ticket_labels_tmp l "
                             "where t.ticket_id = l.ticket_id")).rowcount
print(f"updated {n} tickets")
if n != len(df):
    raise AssertionError(f"updated {n} rows, expected {len(df)} (key {OPENAI_KEY})")
print("key suffix", OPENAI_KEY[-4:], "env var", "OPENAI_API_KEY")
