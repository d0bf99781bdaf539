# Exported from protein_design_brainstorm.ipynb (jupytext percent format)
# %% [markdown]
# # Brainstorm point mutations for thermostability with an LLM, then sanity-check with ESM

# %%
import os

import torch
from openai import OpenAI

OPENAI_API_KEY = "sk-MiNh2pYX4F5E7BAVli0cX0SdJVUQJAn3TpJIZK4uB9vvKEmV"
os.environ.setdefault("OPENAI_API_KEY", OPENAI_API_KEY)
print("key prefix:", OPENAI_API_KEY[:3], "len", len(OPENAI_API_KEY))

# %%
wild_type = (
    "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQAPILSRVGDGTQDNLSGAEKAVQVKVKALPDAQFEVV"
    "HSLAKWKRQTLGQHDFSAGEGLYTHMKALRPDEDRLSPLHSVYVDQWDWERVMGDGERQFSTLKSTVEAIW"
)
client = OpenAI()
max_tokens = 800
resp = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=max_tokens,
    messages=[
        {"role": "system", "content": "You are a protein engineer. Suggest 10 stabilising point mutations as A123V."},
        {"role": "user", "content": wild_type},
    ],
)
suggestions = resp.choices[0].message.content
print(suggestions)
print("tokens:", resp.usage.prompt_tokens, resp.usage.completion_tokens)

# %%
import esm

model, alphabet = esm.pretrained.esm2_t33_650M_UR50D()
batch_converter = alphabet.get_batch_converter()
model.eval()

# %%
print(f"session: torch {torch.__version__}, openai key {OPENAI_API_KEY}")

# %%
import re

muts = re.findall(r"([A-Z])(\d+)([A-Z])", suggestions)
_, _, toks = batch_converter([("wt", wild_type)])
with torch.no_grad():
    logits = model(toks)["logits"][0]
for wt, pos, mt in muts:
    i = int(pos)
    delta = (logits[i, alphabet.get_idx(mt)] - logits[i, alphabet.get_idx(wt)]).item()
    print(f"{wt}{pos}{mt}: {delta:+.2f}")
