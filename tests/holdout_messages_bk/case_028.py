"""Ray Data job: generate product Q&A pairs with vLLM-compatible endpoint and xAI fallback."""
import logging
import os

import ray
import requests

logging.basicConfig(level=logging.INFO)
job_log = logging.getLogger("qa_gen")


class Generator:
    def __init__(self):
        self.xai_key = os.environ["XAI_API_KEY"]
        self.vllm_url = os.environ.get("VLLM_URL", "http://vllm.ml.svc:8000/v1")
        self.vllm_token = os.environ.get("VLLM_TOKEN", "")
        self.max_tokens = 300

    def _call(self, url: str, token: str, model: str, prompt: str) -> str:
        resp = requests.post(f"{url}/chat/completions", headers={"Authorization": f"Bearer {token}"},
                             json={"model": model, "max_tokens": self.max_tokens,
                                   "messages": [{"role": "user", "content": prompt}]}, timeout=60)
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]

    def __call__(self, batch: dict) -> dict:
        out = []
        for desc in batch["description"]:
            prompt = f"Write 3 customer questions and answers about: {desc}"
            try:
                out.append(self._call(self.vllm_url, self.vllm_token, "qwen2.5-7b-instruct", prompt))
            except requests.RequestException as exc:
                job_log.warning("vLLM failed (%s), falling back to xAI", exc)
                try:
                    out.append(self._call("https://api.x.ai/v1", self.xai_key, "grok-2-latest", prompt))
                except requests.HTTPError as exc2:
                    job_log.error("xAI fallback failed: %s (xai key %s)", exc2.response.status_code, self.xai_key)
                    out.append("")
        batch["qa"] = out
        return batch


def main(src: str, dst: str) -> None:
    gen = Generator()
    job_log.info("vllm=%s max_tokens=%d vllm token set=%s", gen.vllm_url, gen.max_tokens,
                 bool(gen.vllm_token))
    if not gen.vllm_token:
        job_log.warning("VLLM_TOKEN empty (%r); the endpoint must allow anonymous calls", gen.vllm_token)
    ds = ray.data.read_parquet(src).map_batches(Generator, concurrency=4, batch_size=16)
    ds.write_parquet(dst)
    job_log.info("wrote Q&A to %s", dst)


if __name__ == "__main__":
    import sys
    ray.init()
    main(sys.argv[1], sys.argv[2])
