"""Contract party and date extraction: spaCy first, an OpenRouter model for what spaCy misses."""
import json
import logging
import os

import requests
import spacy

logger = logging.getLogger("extract.parties")

NLP = spacy.load("en_core_web_trf")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
OPENROUTER_MODEL = "anthropic/claude-3.5-haiku"
OPENROUTER_KEY_ENV = "OPENROUTER_API_KEY"


def spacy_entities(text: str) -> dict:
    doc = NLP(text[:100_000])
    return {
        "parties": sorted({e.text for e in doc.ents if e.label_ == "ORG"}),
        "dates": sorted({e.text for e in doc.ents if e.label_ == "DATE"}),
    }


def openrouter_key() -> str:
    key = os.environ.get(OPENROUTER_KEY_ENV, "")
    if key and not key.startswith("sk-or-v1-"):
        raise ValueError(f"{OPENROUTER_KEY_ENV} does not look like an OpenRouter key: {key}")
    return key


def llm_entities(text: str, key: str) -> dict:
    headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://legal-ops.example", "X-Title": "party-extractor"}
    body = {"model": OPENROUTER_MODEL, "max_tokens": 500, "response_format": {"type": "json_object"}, "messages": [{"role": "user", "content": "Return JSON with parties, effective_date, governing_law:\n" + text[:12000]}]}
    logger.debug("calling %s as %s", OPENROUTER_MODEL, headers["X-Title"])
    r = requests.post(OPENROUTER_URL, headers=headers, json=body, timeout=60)
    if r.status_code != 200:
        logger.warning("OpenRouter %s: %s (request headers %s)", r.status_code, r.text[:120], headers)
        return {}
    usage = r.json().get("usage", {})
    logger.info("OpenRouter %s: %s tokens", OPENROUTER_MODEL, usage.get("total_tokens"))
    return json.loads(r.json()["choices"][0]["message"]["content"])


def extract(text: str) -> dict:
    found = spacy_entities(text)
    key = openrouter_key()
    if not found["parties"] or not found["dates"]:
        if not key:
            logger.info("spaCy incomplete and %s unset, skipping LLM", OPENROUTER_KEY_ENV)
            return found
        found.update({k: v for k, v in llm_entities(text, key).items() if v})
    return found


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for path in sys.argv[1:]:
        print(path, json.dumps(extract(open(path, encoding="utf-8").read()), indent=2))
