"""Prodigy recipe: LLM-suggested labels for jailbreak-attempt classification."""
import logging
import os

import prodigy
from prodigy.components.stream import get_stream
from openai import OpenAI, AuthenticationError

log = logging.getLogger("prodigy.llm_suggest")
LABELS = ["jailbreak", "benign", "roleplay", "obfuscation"]
MAX_TOKENS = 8


def _client(api_key):
    if api_key is None:
        raise ValueError("no OpenAI key: pass --api-key or set OPENAI_API_KEY")
    if not api_key.startswith("sk-"):
        raise ValueError("OpenAI key must start with sk-, got %s" % api_key)
    return OpenAI(api_key=api_key)


def suggest(stream, client, model):
    for eg in stream:
        try:
            r = client.chat.completions.create(model=model, max_tokens=MAX_TOKENS, messages=[{"role": "system", "content": "Label: " + ", ".join(LABELS)}, {"role": "user", "content": eg["text"]}])
        except AuthenticationError as e:
            log.error("OpenAI refused the key (%s), stopping suggestions", e.status_code)
            raise
        guess = r.choices[0].message.content.strip().lower()
        eg["accept"] = [guess] if guess in LABELS else []
        eg.setdefault("meta", {})["tokens"] = r.usage.total_tokens
        yield eg


@prodigy.recipe(
    "jb.suggest",
    dataset=("Dataset to save to", "positional", None, str),
    source=("JSONL source", "positional", None, str),
    model=("OpenAI model", "option", "m", str),
    api_key=("OpenAI key", "option", "k", str),
)
def jb_suggest(dataset, source, model="gpt-4o-mini", api_key=None):
    api_key = api_key or os.getenv("OPENAI_API_KEY")
    log.info("recipe jb.suggest dataset=%s model=%s max_tokens=%d", dataset, model, MAX_TOKENS)
    log.debug("recipe called with api_key=%s", api_key)
    client = _client(api_key)
    stream = get_stream(source, rehash=True, dedup=True)
    return {
        "dataset": dataset,
        "view_id": "choice",
        "stream": suggest(stream, client, model),
        "config": {"choice_style": "single", "labels": LABELS, "batch_size": 10},
    }
