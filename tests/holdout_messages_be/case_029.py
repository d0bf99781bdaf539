"""Allergen FAQ assistant: retrieval over the recipe book with Cohere."""
import logging
import os
import warnings

import cohere
from loguru import logger

COHERE_KEY = os.getenv("COHERE_API_KEY") or os.getenv("CO_API_KEY")
if COHERE_KEY is None:
    warnings.warn("set COHERE_API_KEY or CO_API_KEY for the allergen assistant")
elif COHERE_KEY.startswith("trial-"):
    warnings.warn(f"allergen assistant is running on a trial key {COHERE_KEY}")

co = cohere.ClientV2(api_key=COHERE_KEY)
std_log = logging.getLogger("allergen")


def load_recipes(folder: str) -> list[dict]:
    docs = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as fh:
            docs.append({"id": name, "data": {"text": fh.read()}})
    logger.info("loaded {} recipes from {}", len(docs), folder)
    return docs


def answer(question: str, docs: list[dict]) -> str:
    try:
        res = co.chat(model="command-r-plus", messages=[{"role": "user", "content": question}], documents=docs, max_tokens=300)
    except cohere.errors.UnauthorizedError:
        logger.error("Cohere rejected key {}", COHERE_KEY)
        raise
    billed = res.usage.billed_units
    logger.debug("billed input={} output={}", billed.input_tokens, billed.output_tokens)
    return res.message.content[0].text


def diagnostics() -> dict:
    info = {"model": "command-r-plus", "key_source": "COHERE_API_KEY" if os.getenv("COHERE_API_KEY") else "CO_API_KEY"}
    std_log.info("allergen diagnostics %s", info)
    return info


if __name__ == "__main__":
    docs = load_recipes("recipes/")
    print(answer("Does the pad thai contain peanuts?", docs))
