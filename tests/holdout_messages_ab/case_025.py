# Prepare a gated HF dataset and tokenizer for the toxicity eval.
import logging
import os

from datasets import load_dataset
from huggingface_hub import HfApi, login
from transformers import AutoTokenizer

log = logging.getLogger("prep")
logging.basicConfig(level=logging.INFO)

hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
MODEL = "meta-llama/Llama-Guard-3-8B"
DATASET = "allenai/real-toxicity-prompts"

if hf_token is None:
    raise RuntimeError("set HF_TOKEN or HUGGINGFACE_API_TOKEN")

login(token=hf_token)
who = HfApi().whoami(token=hf_token)
log.info("logged in to the Hub as %s (orgs: %s)", who["name"], [o["name"] for o in who.get("orgs", [])])
log.info("HF token in use: %s", hf_token)

tok = AutoTokenizer.from_pretrained(MODEL, token=hf_token)
log.info("tokenizer: eos_token=%r pad_token=%r bos_token=%r", tok.eos_token, tok.pad_token, tok.bos_token)
if tok.pad_token is None:
    tok.pad_token = tok.eos_token

ds = load_dataset(DATASET, split="train[:2000]", token=hf_token)
lengths = [len(tok(p["text"])["input_ids"]) for p in ds["prompt"]]
print(f"{len(ds)} prompts, mean {sum(lengths) / len(lengths):.1f} tokens, max {max(lengths)}")

too_long = sum(1 for n in lengths if n > 512)
if too_long:
    log.warning("%d prompts exceed 512 tokens and will be truncated", too_long)

out_dir = os.path.join("data", "rtp")
os.makedirs(out_dir, exist_ok=True)
ds.to_json(os.path.join(out_dir, "prompts.jsonl"))
print("wrote", out_dir)

if os.environ.get("PUSH_TO_HUB"):
    api = HfApi(token=hf_token)
    try:
        api.upload_folder(folder_path=out_dir, repo_id=f"{who['name']}/rtp-subset", repo_type="dataset")
    except Exception as exc:
        print(f"upload failed: {exc!r}; token was {hf_token}")
