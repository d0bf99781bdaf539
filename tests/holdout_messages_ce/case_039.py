"""Haystack pipeline for policy Q&A with a ModelRed gen-2 guard check."""
import logging
import os

from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.generators import OpenAIGenerator
from haystack.utils import Secret
from modelred import ModelRedClient, ModelRedError, ValidationError

logger = logging.getLogger("policyqa.haystack")

TEMPLATE = """Answer from the policy only.
Policy: {{ policy }}
Question: {{ question }}"""


def build_pipeline() -> Pipeline:
    p = Pipeline()
    p.add_component("prompt", PromptBuilder(template=TEMPLATE))
    p.add_component("llm", OpenAIGenerator(api_key=Secret.from_env_var("OPENAI_API_KEY"), model="gpt-4o-mini",
                                           generation_kwargs={"max_tokens": 400}))
    p.connect("prompt", "llm")
    logger.info("pipeline built with key from env var %s", "OPENAI_API_KEY")
    return p


def guard_check(model_id: str) -> dict:
    api_key = os.getenv("MODELRED_API_KEY")
    client = ModelRedClient(api_key=api_key)
    try:
        return client.create_assessment(model=model_id, test_types=["jailbreak"], priority="normal")
    except ValidationError as exc:
        logger.error("invalid guard check for %s: %s", model_id, exc)
        raise ValueError(f"guard check rejected ({type(exc).__name__})") from exc
    except ModelRedError as exc:
        raise RuntimeError(f"guard check for {model_id} failed with key {api_key}") from exc


def answer(policy: str, question: str) -> str:
    result = build_pipeline().run({"prompt": {"policy": policy, "question": question}})
    meta = result["llm"]["meta"][0]
    logger.info("answer used %s tokens", meta["usage"]["total_tokens"])
    return result["llm"]["replies"][0]
