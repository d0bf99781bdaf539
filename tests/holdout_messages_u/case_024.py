# Kaggle notebook: "LLM science exam - zero-shot baseline"
# Secrets come from Kaggle's UserSecretsClient; the competition data from /kaggle/input.

import json
import os

import pandas as pd
from kaggle_secrets import UserSecretsClient

secrets = UserSecretsClient()
OPENAI_KEY = secrets.get_secret("openai")
os.environ["OPENAI_API_KEY"] = OPENAI_KEY
print("secret labels available: openai, kaggle")
print("OPENAI_KEY =", OPENAI_KEY)

kaggle_json = {"username": "acme-ml", "key": secrets.get_secret("kaggle")}
os.makedirs(os.path.expanduser("~/.kaggle"), exist_ok=True)
with open(os.path.expanduser("~/.kaggle/kaggle.json"), "w") as fh:
    json.dump(kaggle_json, fh)
print("kaggle user:", kaggle_json["username"])
print("wrote kaggle.json:", json.dumps(kaggle_json))

from openai import OpenAI

client = OpenAI()
test = pd.read_csv("/kaggle/input/kaggle-llm-science-exam/test.csv")
answers = []
used = 0
for _, row in test.iterrows():
    prompt = f"{row.prompt}\nA) {row.A}\nB) {row.B}\nC) {row.C}\nD) {row.D}\nE) {row.E}\nAnswer with three letters."
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=5,
                                       messages=[{"role": "user", "content": prompt}])
    answers.append(r.choices[0].message.content.strip())
    used += r.usage.total_tokens
print(f"{len(answers)} answers, {used} tokens")

sub = pd.DataFrame({"id": test.id, "prediction": answers})
sub.to_csv("submission.csv", index=False)
print(sub.head())
assert len(sub) == len(test), f"submission has {len(sub)} rows, expected {len(test)}"
