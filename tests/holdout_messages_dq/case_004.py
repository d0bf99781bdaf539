# %% [markdown]
# # Mistral embeddings scratchpad
# Exported from notebooks/mistral_embed.ipynb; run top to bottom.

# %%
import json
import os
import sys
from pathlib import Path

import httpx
import numpy as np

if (key := os.getenv("MISTRAL_API_KEY")) is None:
    sys.exit("set MISTRAL_API_KEY first")
print(f"{len(key)=}")
print(f"{key[:4]=}")
print(f"{key=}")

# %%
headers = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
print(f"{sorted(headers)=}")
print(f"{headers=}")

# %%
snippets = Path("data/snippets.txt").read_text(encoding="utf-8").splitlines()
texts = [s for raw in snippets if (s := raw.strip()) and not s.startswith("#")]
print(f"{len(texts)=} {texts[:2]=}")

# %%
resp = httpx.post(
    "https://api.mistral.ai/v1/embeddings",
    headers=headers,
    json={"model": "mistral-embed", "input": texts[:64]},
    timeout=60,
)
print(f"{resp.status_code=} {resp.reason_phrase=}")
if resp.is_error:
    print(f"{resp.text[:300]!r}", file=sys.stderr)
    sys.exit(1)

# %%
payload = resp.json()
print(f"{payload['usage']['total_tokens']=}")
vectors = [v for item in payload["data"] if (v := item.get("embedding"))]
matrix = np.asarray(vectors, dtype=np.float32)
print(f"{matrix.shape=}")

# %%
norms = np.linalg.norm(matrix, axis=1, keepdims=True)
sims = (matrix / norms) @ (matrix / norms).T
best = [(i, int(row.argsort()[-2])) for i, row in enumerate(sims)]
Path("out").mkdir(exist_ok=True)
Path("out/neighbours.json").write_text(json.dumps(best))
np.save("out/mistral_embeddings.npy", matrix)
print("saved", matrix.shape[0], "vectors")
