import base64
import json
import logging

from cryptography.hazmat.primitives import serialization
from transformers import AutoTokenizer

logger = logging.getLogger("lookalikes")


def tokenize(text: str, model: str = "gpt2") -> list[int]:
    tokenizer = AutoTokenizer.from_pretrained(model)
    ids = tokenizer(text)["input_ids"]
    tokens = tokenizer.convert_ids_to_tokens(ids)
    logger.info("%d tokens: %s", len(tokens), tokens[:10])
    print(f"eos_token={tokenizer.eos_token!r} pad_token={tokenizer.pad_token!r}")
    return ids


def list_all(client) -> list:
    items, page_token = [], None
    while True:
        page = client.list(page_token=page_token, page_size=100)
        items.extend(page.items)
        page_token = page.next_page_token
        logger.debug("fetched %d, next_page_token=%s", len(page.items), page_token)
        if not page_token:
            return items


def jwt_header(jwt: str) -> dict:
    header_b64 = jwt.split(".")[0]
    header = json.loads(base64.urlsafe_b64decode(header_b64 + "=="))
    logger.info("JWT kid=%s alg=%s", header.get("kid"), header.get("alg"))
    return header


def export_public_key(private_key) -> str:
    pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    public_key = pem.decode()
    print(public_key)
    return public_key


def cache_key_for(user_id: str, prompt_hash: str) -> str:
    cache_key = f"completion:{user_id}:{prompt_hash}"
    logger.debug("cache lookup %s", cache_key)
    return cache_key


def sort_rows(rows: list[dict], sort_key: str = "created_at") -> list[dict]:
    logger.info("sorting %d rows by %s", len(rows), sort_key)
    return sorted(rows, key=lambda r: r[sort_key])
