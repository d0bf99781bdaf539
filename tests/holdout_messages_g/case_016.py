"""Hugging Face inference helper used by batch jobs."""
import logging
import os
import warnings

from huggingface_hub import InferenceClient, login
from transformers import AutoTokenizer

logger = logging.getLogger(__name__)
HF_TOKEN_VAR = "HF_TOKEN"


def get_client(model: str) -> InferenceClient:
    hf_token = os.environ.get(HF_TOKEN_VAR) or os.environ.get("HUGGINGFACE_API_TOKEN")
    if hf_token is None:
        warnings.warn(f"{HF_TOKEN_VAR} not set; anonymous rate limits apply")
        return InferenceClient(model)
    if not hf_token.startswith("hf_"):
        warnings.warn(f"HF token {hf_token} does not start with hf_")
    login(token=hf_token)
    return InferenceClient(model, token=hf_token)


def count_tokens(model: str, texts: list[str]) -> list[int]:
    tok = AutoTokenizer.from_pretrained(model)
    counts = [len(tok(t)["input_ids"]) for t in texts]
    logger.info("tokenized %d texts, max %d tokens", len(texts), max(counts))
    special = tok.special_tokens_map
    logger.debug("special tokens: %s, pad_token=%s", special, tok.pad_token)
    return counts


def generate(client: InferenceClient, prompt: str) -> str:
    out = []
    for token in client.text_generation(prompt, stream=True, max_new_tokens=200):
        out.append(token)
        print(token, end="", flush=True)
    logger.info("generated %d stream tokens", len(out))
    return "".join(out)
