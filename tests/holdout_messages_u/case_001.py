# %% [markdown]
# # Summarisation eval (Colab)
# Reads the OpenAI key from Colab secrets, runs a small summarisation eval over a
# Hugging Face dataset and prints a table of ROUGE scores.

# %%
import os

from google.colab import userdata
from datasets import load_dataset
from openai import OpenAI
import evaluate

# %%
OPENAI_API_KEY = userdata.get("OPENAI_API_KEY")
os.environ["OPENAI_API_KEY"] = OPENAI_API_KEY
KEY_SECRET_NAME = "OPENAI_API_KEY"
print(f"using Colab secret {KEY_SECRET_NAME}")
print("key loaded:", OPENAI_API_KEY)
print("key length:", len(OPENAI_API_KEY))

# %%
client = OpenAI(api_key=OPENAI_API_KEY)
ds = load_dataset("cnn_dailymail", "3.0.0", split="validation[:50]")
MAX_TOKENS = 160
rouge = evaluate.load("rouge")

preds, refs = [], []
for row in ds:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": "Summarise:\n" + row["article"][:6000]}],
    )
    preds.append(resp.choices[0].message.content)
    refs.append(row["highlights"])
    print("tokens used:", resp.usage.total_tokens)

# %%
scores = rouge.compute(predictions=preds, references=refs)
print(f"max_tokens={MAX_TOKENS}", scores)

# %%
# sanity cell left in by the author while debugging 401s
print(f"auth header would be Bearer {OPENAI_API_KEY}")
print("key prefix:", OPENAI_API_KEY[:3])

# %%
import pandas as pd

df = pd.DataFrame({"pred": preds, "ref": refs})
df.to_csv("summaries.csv", index=False)
print(df.head())
