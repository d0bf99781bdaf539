# %% [markdown]
# # Gene-set narrative drafts (exported from genesets.ipynb)

# %%
import os
import json
import requests
import gseapy as gp

# %%
openai_api_key = "sk-EQ9f0YN5a3rOyKwQJ5YGO8kpadz2GmC5IgJviIeUGgPaBy08"
os.environ.setdefault("OPENAI_API_KEY", openai_api_key)
print("OpenAI key configured:", openai_api_key)
print("key var:", "OPENAI_API_KEY", "prefix:", openai_api_key[:3])

# %%
genes = [g.strip() for g in open("de_genes_up.txt") if g.strip()]
enr = gp.enrichr(gene_list=genes, gene_sets=["GO_Biological_Process_2023", "KEGG_2021_Human"], outdir=None)
top = enr.results.sort_values("Adjusted P-value").head(15)
print(top[["Term", "Adjusted P-value"]])

# %%
prompt = "Write a two-paragraph narrative of these enriched terms:\n" + top.to_string()
headers = {"Authorization": f"Bearer {openai_api_key}", "Content-Type": "application/json"}
payload = {"model": "gpt-4o", "max_tokens": 700, "messages": [{"role": "user", "content": prompt}]}
r = requests.post("https://api.openai.com/v1/chat/completions", headers=headers, json=payload, timeout=120)
print(r.status_code)
print(payload["max_tokens"], payload["model"])

# %%
if r.status_code != 200:
    print("request headers were", headers)
    print("error body:", r.text)
else:
    data = r.json()
    narrative = data["choices"][0]["message"]["content"]
    print(narrative)
    print("tokens:", data["usage"]["total_tokens"])

# %%
with open("narrative.json", "w") as fh:
    json.dump({"terms": top["Term"].tolist(), "narrative": narrative if r.ok else None}, fh, indent=2)
print("saved")
