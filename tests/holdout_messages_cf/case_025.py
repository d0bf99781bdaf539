# Notebook export: hotel review sentiment with OpenAI, scanned with ModelRed.
# Cell 1
import os
import pandas as pd
from openai import OpenAI
from modelred import ModelRed, APIError

OPENAI_KEY = "sk-tYLl3wZAl8vrbN9p9ODnDVa1evvWqX4NevZmzRNKI7NbKKq1"
MR_KEY = os.environ.get("MODELRED_API_KEY")
client = OpenAI(api_key=OPENAI_KEY)
print("client ready, key ends", OPENAI_KEY[-4:])

# Cell 2
reviews = pd.read_csv("reviews_lisbon_q1.csv")
print(reviews.shape, reviews.columns.tolist())
sample = reviews.sample(50, random_state=7)

# Cell 3
def classify(text):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=5,
        messages=[{"role": "system", "content": "Answer positive, neutral or negative."}, {"role": "user", "content": text}],
    )
    return r.choices[0].message.content.strip().lower(), r.usage.total_tokens

out = sample["review_text"].apply(classify)
sample["sentiment"] = out.str[0]
print("tokens used:", out.str[1].sum())

# Cell 4
def rerun_with(key):
    print(f"re-running with key {key}")
    return OpenAI(api_key=key)

if sample["sentiment"].isna().any():
    client = rerun_with(OPENAI_KEY)
print(f"OpenAI key: {OPENAI_KEY}")

# Cell 5
print(sample.groupby("sentiment").size())
sample.to_csv("sentiment_sample.csv", index=False)

# Cell 6
if MR_KEY:
    try:
        with ModelRed(MR_KEY) as mr:
            print(mr.create_assessment(model_id="review-sentiment", probe_pack_ids=["toxicity"]))
    except APIError as e:
        print("scan failed:", type(e).__name__, getattr(e, "status_code", None))
else:
    print("MODELRED_API_KEY not set:", MR_KEY)
