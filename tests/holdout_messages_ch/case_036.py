"""Benefits-portal chatbot: evaluation harness comparing providers on FAQ answers."""
import json
import logging
import os
import time

import anthropic
import openai

eval_log = logging.getLogger("benefits.eval")

PROVIDERS = {
    "openai": {"model": "gpt-4o-mini", "key_env": "OPENAI_API_KEY"},
    "anthropic": {"model": "claude-3-5-haiku-latest", "key_env": "ANTHROPIC_API_KEY"},
}


def resolve_keys() -> dict:
    keys = {}
    for name, spec in PROVIDERS.items():
        keys[name] = os.environ.get(spec["key_env"])
        eval_log.info("%s: model %s, key from %s", name, spec["model"], spec["key_env"])
    eval_log.debug("resolved keys: %s", keys)
    return keys


def ask(provider: str, key: str, question: str) -> tuple[str, int]:
    model = PROVIDERS[provider]["model"]
    if provider == "openai":
        r = openai.OpenAI(api_key=key).chat.completions.create(
            model=model, max_tokens=200, messages=[{"role": "user", "content": question}])
        return r.choices[0].message.content, r.usage.total_tokens
    m = anthropic.Anthropic(api_key=key).messages.create(
        model=model, max_tokens=200, messages=[{"role": "user", "content": question}])
    return m.content[0].text, m.usage.input_tokens + m.usage.output_tokens


def run(faq_path: str = "benefits_faq.json"):
    keys = resolve_keys()
    configured = [p for p, k in keys.items() if k]
    eval_log.info("configured providers: %s", configured)
    faq = json.load(open(faq_path))
    results = []
    for item in faq:
        for provider in configured:
            t0 = time.perf_counter()
            answer, tokens = ask(provider, keys[provider], item["q"])
            results.append({"id": item["id"], "provider": provider, "tokens": tokens,
                            "latency": round(time.perf_counter() - t0, 2), "answer": answer})
            eval_log.info("%s %s: %d tokens", item["id"], provider, tokens)
    json.dump(results, open("eval_results.json", "w"), indent=2)
    return results


if __name__ == "__main__":
    run()
