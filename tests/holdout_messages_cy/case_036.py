# %% [markdown]
# # Clause classifier fine-tune (exported from clause_finetune.ipynb)
# Builds a JSONL training file from the annotated clause bank and starts an OpenAI fine-tune.

# %%
import json
import os
import random
import time

import pandas as pd
from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
print("OPENAI_API_KEY loaded:", OPENAI_API_KEY is not None)
print("key:", OPENAI_API_KEY)

# %%
bank = pd.read_csv("clause_bank_annotated.csv")
print(bank["label"].value_counts())
labels = sorted(bank["label"].unique())
SYSTEM = "Classify the contract clause into one of: " + ", ".join(labels)
random.seed(7)
rows = bank.sample(frac=1.0).to_dict("records")
split = int(len(rows) * 0.9)

# %%
def to_jsonl(records, path):
    with open(path, "w") as fh:
        for r in records:
            fh.write(json.dumps({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": r["text"]}, {"role": "assistant", "content": r["label"]}]}) + "\n")

to_jsonl(rows[:split], "train.jsonl")
to_jsonl(rows[split:], "valid.jsonl")
print(f"train {split}, valid {len(rows) - split}")

# %%
client = OpenAI(api_key=OPENAI_API_KEY)
print("organization:", client.organization)
print("key suffix:", OPENAI_API_KEY[-4:] if OPENAI_API_KEY else None)
train = client.files.create(file=open("train.jsonl", "rb"), purpose="fine-tune")
valid = client.files.create(file=open("valid.jsonl", "rb"), purpose="fine-tune")
job = client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file=train.id, validation_file=valid.id, suffix="clause-clf")
print("job", job.id, job.status)

# %%
while job.status not in ("succeeded", "failed", "cancelled"):
    time.sleep(60)
    job = client.fine_tuning.jobs.retrieve(job.id)
    print(time.strftime("%H:%M"), job.status, job.trained_tokens)
if job.status != "succeeded":
    print("fine-tune failed:", job.error, "key used:", OPENAI_API_KEY)
print("model:", job.fine_tuned_model)
