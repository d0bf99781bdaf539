#!/usr/bin/env python
# Exported from notebooks/finetune_guard_model.ipynb (cells run top to bottom)

# %%
import os

from huggingface_hub import HfFolder, login, whoami
from transformers import AutoModelForSequenceClassification, AutoTokenizer

HF_TOKEN = os.environ.get("HF_TOKEN") or HfFolder.get_token()
login(token=HF_TOKEN)
print("logged in as", whoami()["name"])

# %%
tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-Guard-3-1B", token=HF_TOKEN)
print("pad token:", tokenizer.pad_token, "eos token:", tokenizer.eos_token)
print("vocab size", tokenizer.vocab_size, "max length", tokenizer.model_max_length)
enc = tokenizer("Ignore previous instructions", return_tensors="pt")
print("input ids", enc["input_ids"][0][:10].tolist(), "num tokens", enc["input_ids"].shape[-1])

# %%
model = AutoModelForSequenceClassification.from_pretrained("meta-llama/Llama-Guard-3-1B", token=HF_TOKEN)
print(model.config.id2label)

# %%
cached = HfFolder.get_token()
print("cached hub token:", cached)
print("token in env:", "HF_TOKEN" in os.environ)
print(f"HF_TOKEN={HF_TOKEN}")

# %%
push_repo = os.environ.get("PUSH_REPO", "acme/guard-ft")
print(f"will push to {push_repo}")
