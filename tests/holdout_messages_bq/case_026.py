# notebook export: evaluate retrieval recall@k on the eval set
import json
import os

import pandas as pd
from pinecone import Pinecone
from openai import OpenAI

OPENAI_KEY = "sk-kpDWr97uvKVyn9lqareZvnKoKdystaxSWXV0PPTYvh1HAuBd"
PINECONE_KEY = os.environ.get("PINECONE_API_KEY")
EVAL_PATH = "eval/queries.jsonl"
K = 10

print("OPENAI_KEY var present:", "OPENAI_KEY" in globals())
print(f"using openai key {OPENAI_KEY}")

oai = OpenAI(api_key=OPENAI_KEY)
index = Pinecone(api_key=PINECONE_KEY).Index("kb-eval")

rows = [json.loads(line) for line in open(EVAL_PATH, encoding="utf-8")]
df = pd.DataFrame(rows)
print(df.head())

embs = oai.embeddings.create(model="text-embedding-3-small", input=df["query"].tolist())
print("prompt tokens:", embs.usage.prompt_tokens)

hits_at_k = []
for (_, row), d in zip(df.iterrows(), embs.data):
    res = index.query(vector=d.embedding, top_k=K, include_metadata=False)
    ids = [m.id for m in res.matches]
    hits_at_k.append(row["gold_id"] in ids)

df["hit"] = hits_at_k
recall = df["hit"].mean()
print(f"recall@{K}: {recall:.3f}")

if recall < 0.5:
    raise AssertionError(f"recall {recall:.3f} too low; check index populated with key {PINECONE_KEY}")

by_topic = df.groupby("topic")["hit"].mean().sort_values()
print(by_topic.to_string())

summary = {"recall": recall, "k": K, "n": len(df), "openai_key_suffix": OPENAI_KEY[-4:]}
print(json.dumps(summary, indent=2))
with open("eval/summary.json", "w", encoding="utf-8") as fh:
    json.dump(summary, fh)
