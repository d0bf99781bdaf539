# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       format_name: percent
# ---

# %% [markdown]
# # Battery cathode screening
# Pull candidate layered oxides from the Materials Project and ask an LLM for a short
# synthesis note per candidate. Needs `MP_API_KEY` and `OPENAI_API_KEY` in the kernel env.

# %%
import os

import pandas as pd
from mp_api.client import MPRester
from openai import OpenAI

mp_key = os.environ.get("MP_API_KEY", "")
openai_key = os.environ["OPENAI_API_KEY"]

# %%
print("MP key present:", bool(mp_key), "length", len(mp_key))
print(f"{mp_key=}")

# %%
with MPRester(mp_key) as mpr:
    docs = mpr.materials.summary.search(
        elements=["Li", "O"], num_elements=(3, 4), energy_above_hull=(0, 0.02),
        fields=["material_id", "formula_pretty", "energy_above_hull", "band_gap"],
    )
df = pd.DataFrame([d.model_dump() for d in docs])
print(df.head(), len(df))

# %%
print("first hit:", docs[0].material_id, docs[0].formula_pretty)

# %%
client = OpenAI(api_key=openai_key)
notes = {}
for row in df.head(10).itertuples():
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=200,
        messages=[{"role": "user", "content": f"One-line synthesis note for {row.formula_pretty}"}],
    )
    notes[row.material_id] = r.choices[0].message.content
    print(row.material_id, r.usage.prompt_tokens, r.usage.completion_tokens)

# %%
print("openai key used this session:", openai_key)

# %%
df["note"] = df["material_id"].map(notes)
df.to_csv("cathode_candidates.csv", index=False)
print("wrote", len(df), "rows")
