# Exported from Colab: fine_tune_eval.ipynb
# Runs top to bottom; cells kept as comments.

# %% [setup]
import os
from google.colab import userdata
from huggingface_hub import login, whoami

HF_TOKEN = userdata.get("HF_TOKEN")
OPENAI_API_KEY = userdata.get("OPENAI_API_KEY")
os.environ["OPENAI_API_KEY"] = OPENAI_API_KEY
print("HF token loaded:", HF_TOKEN is not None)
print(f"HF token: {HF_TOKEN}")

# %% [login]
login(token=HF_TOKEN, add_to_git_credential=False)
me = whoami(token=HF_TOKEN)
print("logged in as", me["name"], "orgs:", [o["name"] for o in me.get("orgs", [])])
print("token role:", me.get("auth", {}).get("accessToken", {}).get("role"))

# %% [data]
from datasets import load_dataset
ds = load_dataset("tatsu-lab/alpaca", split="train[:200]")
print(ds)
MAX_TOKENS = 256
print("max tokens per answer:", MAX_TOKENS)

# %% [judge]
from openai import OpenAI
client = OpenAI()
print("judge client base url:", client.base_url)
print("openai key:", OPENAI_API_KEY[:8] + "...")
scores = []
for row in ds.select(range(20)):
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS,
                                         messages=[{"role": "user", "content": row["instruction"]}])
    scores.append(out.usage.completion_tokens)
print("mean completion tokens:", sum(scores) / len(scores))

# %% [debug]
print(os.environ["OPENAI_API_KEY"])
print({k: len(v) for k, v in os.environ.items() if k.endswith("_KEY")})
