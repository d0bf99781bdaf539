"""Hugging Face helpers: tokenizers, special tokens and the Hub token."""
import logging
import os

from huggingface_hub import HfApi, login
from transformers import AutoTokenizer

log = logging.getLogger("hfutils")
HF_TOKEN_ENV = "HF_TOKEN"


def load_tokenizer(repo_id: str):
    tokenizer = AutoTokenizer.from_pretrained(repo_id, token=os.environ.get(HF_TOKEN_ENV))
    log.info("tokenizer %s: vocab %d, bos=%r eos=%r pad=%r", repo_id, tokenizer.vocab_size, tokenizer.bos_token, tokenizer.eos_token, tokenizer.pad_token)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
        log.warning("no pad token; using eos token %r (id %d)", tokenizer.eos_token, tokenizer.eos_token_id)
    return tokenizer


def count(tokenizer, texts: list[str]) -> int:
    token_counts = [len(tokenizer(t)["input_ids"]) for t in texts]
    log.info("token counts: min %d max %d total %d", min(token_counts), max(token_counts), sum(token_counts))
    return sum(token_counts)


def hub_login() -> str:
    hf_token = os.environ.get(HF_TOKEN_ENV) or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not hf_token:
        raise RuntimeError(f"set {HF_TOKEN_ENV} or HUGGINGFACE_API_TOKEN (got {hf_token!r})")
    login(token=hf_token, add_to_git_credential=False)
    user = HfApi().whoami(token=hf_token)
    log.info("logged in to the Hub as %s (token role: %s)", user["name"], user.get("auth", {}).get("accessToken", {}).get("role"))
    return user["name"]


def push(folder: str, repo_id: str) -> None:
    hf_token = os.environ[HF_TOKEN_ENV]
    api = HfApi(token=hf_token)
    try:
        api.upload_folder(folder_path=folder, repo_id=repo_id)
    except Exception as exc:
        print("upload to", repo_id, "failed with token", hf_token, "-", type(exc).__name__)
        raise
    print(f"uploaded {folder} to https://huggingface.co/{repo_id}")
