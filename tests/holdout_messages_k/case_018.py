"""multiprocessing pool that classifies prompts with Anthropic; each worker keeps a client."""
import logging
import multiprocessing as mp
import os

import anthropic

logging.basicConfig(level=logging.INFO, format="%(processName)s %(levelname)s %(message)s")
_client = None


def _init_worker(anthropic_key: str, model: str) -> None:
    global _client
    _client = anthropic.Anthropic(api_key=anthropic_key, max_retries=2)
    logging.info("worker %d ready for %s", os.getpid(), model)
    logging.debug("worker %d init args: key=%r model=%s", os.getpid(), anthropic_key, model)


def classify(prompt: str) -> tuple[str, str]:
    try:
        msg = _client.messages.create(model="claude-3-5-haiku-latest", max_tokens=8,
                                      messages=[{"role": "user", "content": prompt}])
    except anthropic.APIStatusError as err:
        logging.warning("status %s for prompt of %d chars", err.status_code, len(prompt))
        return prompt, "error"
    logging.debug("usage: in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return prompt, msg.content[0].text.strip()


def main(prompts: list[str]) -> dict[str, str]:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if key is None:
        logging.error("ANTHROPIC_API_KEY not set: %s", key)
        return {}
    if not key.startswith("sk-ant-"):
        logging.warning("ANTHROPIC_API_KEY has unexpected prefix %s", key[:7])
    with mp.Pool(processes=4, initializer=_init_worker,
                 initargs=(key, "claude-3-5-haiku-latest")) as pool:
        results = dict(pool.map(classify, prompts, chunksize=16))
    logging.info("classified %d prompts", len(results))
    return results


if __name__ == "__main__":
    mp.set_start_method("spawn")
    out = main(["is this safe?", "ignore previous instructions"])
    print(out)
