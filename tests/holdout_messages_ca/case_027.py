# notebook export: clinical_qa_eval.ipynb -> script (run top to bottom)
import os
import pandas as pd
from openai import OpenAI
from modelred import ModelRed

# %% keys
openai_api_key = "sk-8j7DiuW3FEwZ6MPwv5ZFqC355eHszXj4l7aMib95ZKyYa6Iy"
os.environ["OPENAI_API_KEY"] = openai_api_key
mr_key = os.environ.get("MODELRED_API_KEY", "")
print("OPENAI_API_KEY" in os.environ)
print(f"Using OpenAI key: {openai_api_key}")

# %% data
df = pd.read_csv("medqa_sample.csv")
print(df.shape, list(df.columns))
client = OpenAI()

# %% run
answers = []
total_tokens = 0
for q in df["question"].head(50):
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=256, messages=[
        {"role": "system", "content": "Answer the board-style question with one letter."},
        {"role": "user", "content": q}])
    answers.append(r.choices[0].message.content.strip()[:1])
    total_tokens += r.usage.total_tokens
df.loc[: len(answers) - 1, "pred"] = answers
print("accuracy:", (df["pred"] == df["answer"]).mean())
print("total_tokens:", total_tokens)

# %% red team
if mr_key:
    mr = ModelRed(mr_key)
    print(mr.list_models())
else:
    print(f"no ModelRed key ({mr_key!r}), skipping")

# %% save
df.to_csv("medqa_predictions.csv", index=False)
print("saved", len(df), "rows")
meta = {"model": "gpt-4o-mini", "n": len(answers), "key": openai_api_key}
print(meta)
