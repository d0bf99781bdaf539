"""Ticket reply drafting pipeline with LangChain and a per-brand provider key."""
import logging
import os

import yaml
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

log = logging.getLogger("drafting.brands")

with open(os.getenv("BRANDS_FILE", "brands.yaml")) as fh:
    BRANDS = yaml.safe_load(fh)

PROMPT = ChatPromptTemplate.from_messages([
    ("system", "You are a support agent for {brand}. Be concise and {tone}."),
    ("human", "{ticket}"),
])


def brand_llm(brand: str) -> ChatOpenAI:
    b = BRANDS[brand]
    key = b.get("openai_key") or os.environ.get("OPENAI_API_KEY")
    if not key:
        raise KeyError(f"no key for brand {brand}; configure openai_key in brands.yaml")
    log.info("brand %s: model=%s tone=%s temperature=%s", brand, b.get("model"), b.get("tone"), b.get("temperature", 0.3))
    return ChatOpenAI(model=b.get("model", "gpt-4o-mini"), api_key=key, max_tokens=b.get("max_tokens", 400))


def draft(brand: str, ticket: str) -> str:
    chain = PROMPT | brand_llm(brand)
    msg = chain.invoke({"brand": brand, "tone": BRANDS[brand].get("tone", "friendly"), "ticket": ticket})
    usage = msg.response_metadata.get("token_usage", {})
    log.info("draft for %s: %s tokens", brand, usage.get("total_tokens"))
    return msg.content


def validate_brands() -> list[str]:
    problems = []
    for name, b in BRANDS.items():
        k = b.get("openai_key", "")
        if k and not k.startswith("sk-"):
            problems.append(name)
            log.warning("brand %s has a malformed openai_key %s", name, k)
    if problems:
        log.error("brands with bad keys: %s", ", ".join(problems))
    return problems


def dump_brand(name: str) -> None:
    print(yaml.safe_dump({name: {k: v for k, v in BRANDS[name].items() if k != "openai_key"}}))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    validate_brands()
    print(draft("acme", "My invoice is wrong"))
