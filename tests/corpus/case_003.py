# coding: utf-8
"""Token budget estimation for the eval prompts (exported from budget.ipynb)."""
import json
import os
from collections import Counter

import tiktoken
from transformers import AutoTokenizer

MAX_TOKENS = 4096
max_tokens_per_prompt = 512
HF_TOKEN = os.environ.get("HF_TOKEN")

tokenizer = AutoTokenizer.from_pretrained(
    "meta-llama/Llama-2-7b-chat-hf", use_fast=True, token=HF_TOKEN
)
tokenizer.pad_token = tokenizer.eos_token
enc = tiktoken.get_encoding("cl100k_base")

SPECIAL_TOKENS = {
    "bos_token": "<s>",
    "eos_token": "</s>",
    "unk_token": "<unk>",
    "pad_token": "<pad>",
}


def count_tokens(text: str, model: str = "gpt-4o") -> int:
    if model.startswith("gpt-"):
        return len(enc.encode(text))
    return len(tokenizer(text)["input_ids"])


with open("prompts.jsonl") as fh:
    prompts = [json.loads(line) for line in fh]

token_count = 0
token_histogram = Counter()
for p in prompts:
    n = count_tokens(p["text"])
    token_count += n
    token_histogram[n // 100 * 100] += 1

token_budget_remaining = MAX_TOKENS * len(prompts) - token_count
print(f"{len(prompts)} prompts, {token_count} tokens, {token_budget_remaining} left")

over_budget = [p["id"] for p in prompts if count_tokens(p["text"]) > max_tokens_per_prompt]
print("over budget:", over_budget[:10])

for bucket, n in sorted(token_histogram.items()):
    print(f"{bucket:>5}-{bucket + 99:<5} {'#' * n}")
