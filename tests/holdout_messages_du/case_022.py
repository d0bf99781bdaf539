"""OpenRouter fan-out: a Ray actor per upstream model, called by a batch driver."""
import logging
import os

import httpx
import ray

logger = logging.getLogger("fanout")
logging.basicConfig(level=logging.INFO)


@ray.remote
class RouterWorker:
    def __init__(self, model: str, key: str, base_url: str = "https://openrouter.ai/api/v1"):
        self.model = model
        self.key = key
        self.base_url = base_url
        self.http = httpx.Client(base_url=base_url, timeout=60,
                                 headers={"Authorization": "Bearer " + key, "HTTP-Referer": "https://acme.example"})
        logger.info("worker for {} at {}".format(self.model, self.base_url))

    def complete(self, prompt: str) -> dict:
        r = self.http.post("/chat/completions", json={"model": self.model, "max_tokens": 400,
                                                       "messages": [{"role": "user", "content": prompt}]})
        if r.status_code == 401:
            logger.error("openrouter rejected key {} for {}".format(self.key, self.model))
            return {"model": self.model, "error": "unauthorized"}
        if r.status_code == 402:
            raise RuntimeError("OpenRouter credits exhausted for key {}".format(self.key))
        data = r.json()
        usage = data.get("usage", {})
        logger.info("{}: {} prompt, {} completion tokens".format(self.model, usage.get("prompt_tokens"), usage.get("completion_tokens")))
        return {"model": self.model, "text": data["choices"][0]["message"]["content"]}

    def describe(self) -> dict:
        return {"model": self.model, "base_url": self.base_url, "key_set": bool(self.key)}


def run(prompts, models):
    key = os.environ["OPENROUTER_API_KEY"]
    workers = [RouterWorker.remote(m, key) for m in models]
    print("workers:", ray.get([w.describe.remote() for w in workers]))
    out = []
    for p in prompts:
        out.extend(ray.get([w.complete.remote(p) for w in workers]))
    return out


if __name__ == "__main__":
    ray.init()
    results = run(["Explain CRDTs in two sentences."], ["openai/gpt-4o-mini", "meta-llama/llama-3.1-70b-instruct"])
    for res in results:
        print(res["model"], "->", res.get("text", res.get("error")))
