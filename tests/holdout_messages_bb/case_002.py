# Snakemake `script:` directive: annotate variant calls with an LLM-written gene blurb.
# Runs at top level inside the Snakemake job; `snakemake` is injected by the runner.
import os
import sys

import pandas as pd
from openai import OpenAI

cfg = snakemake.config.get("llm", {})  # noqa: F821
model = cfg.get("model", "gpt-4o-mini")
max_tokens = int(cfg.get("max_tokens", 256))
key_env = cfg.get("key_env", "OPENAI_API_KEY")
openai_key = os.environ.get(key_env, "")

print(f"[annotate] model={model} max_tokens={max_tokens}", file=sys.stderr)
print(f"[annotate] reading key from ${key_env}", file=sys.stderr)
if os.environ.get("SNAKEMAKE_DEBUG_KEYS"):
    print(f"[annotate] key in use: {openai_key}", file=sys.stderr)

if openai_key and not openai_key.startswith("sk-"):
    sys.stderr.write("[annotate] $%s does not hold an OpenAI key: %s\n" % (key_env, openai_key))
print(f"[annotate] key length {len(openai_key)}", file=sys.stderr)
client = OpenAI(api_key=openai_key)

calls = pd.read_csv(snakemake.input.variants, sep="\t")  # noqa: F821
genes = sorted(set(calls["gene"].dropna()))
print(f"[annotate] {len(genes)} genes from {snakemake.input.variants}", file=sys.stderr)  # noqa: F821

blurbs = {}
used = 0
for gene in genes:
    resp = client.chat.completions.create(
        model=model,
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "One sentence on the gene's function, no speculation."},
            {"role": "user", "content": gene},
        ],
    )
    blurbs[gene] = resp.choices[0].message.content.strip()
    used += resp.usage.total_tokens

print(f"[annotate] used {used} tokens", file=sys.stderr)

calls["llm_blurb"] = calls["gene"].map(blurbs).fillna("")
calls.to_csv(snakemake.output.annotated, sep="\t", index=False)  # noqa: F821

with open(snakemake.log[0], "w") as fh:  # noqa: F821
    fh.write(f"genes={len(genes)} tokens={used}\n")
    fh.write(f"key_set={bool(openai_key)}\n")
