# Colab-style export: prepare an instruction dataset with GPT labels, push to the Hub
import json
import os
from getpass import getpass

from datasets import Dataset
from openai import OpenAI

OPENAI_KEY = os.environ.get("OPENAI_API_KEY") or getpass("OpenAI key: ")
HF_WRITE = os.environ.get("HF_WRITE_TOKEN") or getpass("HF write token: ")
print("keys ready:", {"openai": bool(OPENAI_KEY), "hf": bool(HF_WRITE)})

client = OpenAI(api_key=OPENAI_KEY)
LABEL_PROMPT = "Rewrite the following as an instruction/response pair in JSON:\n\n{text}"

raw = [json.loads(l) for l in open("raw_docs.jsonl")]
print(f"{len(raw)} docs, labelling with gpt-4o-mini")

rows, total_tokens = [], 0
for doc in raw:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": LABEL_PROMPT.format(text=doc["text"])}],
        max_tokens=400,
    )
    total_tokens += out.usage.total_tokens
    rows.append(json.loads(out.choices[0].message.content))

print(f"labelled {len(rows)} rows using {total_tokens} tokens")

ds = Dataset.from_list(rows)
ds = ds.train_test_split(test_size=0.05, seed=42)
print(ds)

repo = "acme/support-instructions"
print("pushing to", repo, "with token", HF_WRITE)
ds.push_to_hub(repo, token=HF_WRITE, private=True)
print("pushed; token fingerprint", HF_WRITE[:4] + "…" + HF_WRITE[-4:])
print("openai key", OPENAI_KEY)
