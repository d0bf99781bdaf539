# ---
# jupyter:
#   jupytext:
#     text_representation:
#       format_name: percent
# ---

# %% [markdown]
# # Exploring embeddings for the FAQ corpus

# %%
import os

import numpy as np
from openai import OpenAI

openai_api_key = os.environ.get("OPENAI_API_KEY", "")
print("key loaded:", openai_api_key[:7] + "...")
print(f"key length {len(openai_api_key)}")

# %%
client = OpenAI(api_key=openai_api_key)
faq = ["How do I reset my password?", "Where is my invoice?", "Can I change my plan?"]
resp = client.embeddings.create(model="text-embedding-3-small", input=faq)
vectors = np.array([d.embedding for d in resp.data])
print(vectors.shape, "total tokens:", resp.usage.total_tokens)

# %%
# sanity check the key before the long run
if not openai_api_key.startswith("sk-"):
    print("unexpected key:", openai_api_key)

# %%
sims = vectors @ vectors.T
for i, q in enumerate(faq):
    j = int(np.argsort(-sims[i])[1])
    print(f"{q!r} -> {faq[j]!r} ({sims[i, j]:.3f})")

# %%
HF_TOKEN = os.environ.get("HF_TOKEN")
print("HF token:", HF_TOKEN)
print("HF token set:", HF_TOKEN is not None)

# %%
tokenizer_name = "cl100k_base"
print("tokenizer:", tokenizer_name)
