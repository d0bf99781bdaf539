"""Ray batch inference: each actor holds a provider key and labels a shard of prompts."""
import logging
import os

import ray
import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("ray_label")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


@ray.remote(num_cpus=0.5, max_restarts=2)
class Labeler:
    def __init__(self, idx: int, groq_key: str, model: str):
        self.idx = idx
        self.groq_key = groq_key
        self.model = model
        print(f"[labeler {idx}] model {model}")
        print(f"[labeler {idx}] starting with key {groq_key}")

    def label(self, prompts: list[str]) -> list[dict]:
        out = []
        for p in prompts:
            r = requests.post(GROQ_URL, headers={"Authorization": f"Bearer {self.groq_key}"},
                              json={"model": self.model, "max_tokens": 8,
                                    "messages": [{"role": "user", "content": f"Label sentiment: {p}"}]}, timeout=30)
            if r.status_code == 429:
                print(f"[labeler {self.idx}] throttled, retry-after {r.headers.get('retry-after')}")
                continue
            body = r.json()
            out.append({"prompt": p, "label": body["choices"][0]["message"]["content"],
                        "tokens": body["usage"]["total_tokens"]})
        return out


def main(prompts: list[str], n_actors: int = 4) -> list[dict]:
    keys = os.environ["GROQ_API_KEYS"].split(",")
    runtime_env = {"env_vars": {"GROQ_API_KEYS": os.environ["GROQ_API_KEYS"], "TOKENIZERS_PARALLELISM": "false"}}
    ray.init(runtime_env=runtime_env)
    log.info("ray runtime env: %s", runtime_env)
    log.info("%d keys for %d actors", len(keys), n_actors)
    actors = [Labeler.remote(i, keys[i % len(keys)], "llama-3.1-8b-instant") for i in range(n_actors)]
    shards = [prompts[i::n_actors] for i in range(n_actors)]
    results = ray.get([a.label.remote(s) for a, s in zip(actors, shards)])
    flat = [r for shard in results for r in shard]
    log.info("labelled %d prompts, %d tokens", len(flat), sum(r["tokens"] for r in flat))
    return flat


if __name__ == "__main__":
    import json

    data = [json.loads(line)["text"] for line in open("prompts.jsonl")]
    main(data)
