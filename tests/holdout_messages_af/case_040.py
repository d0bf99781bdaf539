# exported from speech_eval.ipynb -- setup cells, then a quick eval run
import os
import getpass

from huggingface_hub import login, whoami
import wandb
from openai import OpenAI

# %% credentials
hf_token = os.environ.get("HF_TOKEN") or getpass.getpass("HF token: ")
wandb_api_key = os.environ.get("WANDB_API_KEY") or getpass.getpass("W&B key: ")
openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
print("HF token:", hf_token)
print("W&B key length:", len(wandb_api_key))

# %% logins
login(token=hf_token, add_to_git_credential=False)
me = whoami(token=hf_token)
print("hub user:", me["name"], "| token name:", me.get("auth", {}).get("accessToken", {}).get("displayName"))
if not wandb.login(key=wandb_api_key, relogin=True):
    raise RuntimeError(f"wandb login failed for key {wandb_api_key}")
run = wandb.init(project="speech-eval", config={"model": "whisper-large-v3", "max_new_tokens": 225})
print("run:", run.url, "max_new_tokens:", run.config["max_new_tokens"])

# %% eval
from datasets import load_dataset
import evaluate

ds = load_dataset("mozilla-foundation/common_voice_17_0", "en", split="test[:50]", token=hf_token)
wer = evaluate.load("wer")
client = OpenAI(api_key=openai_api_key)
preds, refs = [], []
for row in ds:
    with open(row["path"], "rb") as fh:
        preds.append(client.audio.transcriptions.create(model="whisper-1", file=fh).text)
    refs.append(row["sentence"])
score = wer.compute(predictions=preds, references=refs)
wandb.log({"wer": score})
print(f"WER {score:.3f} on {len(refs)} clips")

# %% debug
print(f"openai key in use: {openai_api_key}")
run.finish()
