"""Ray job: batch-summarise a corpus of theses on the department cluster."""
import logging
import os

import ray
from openai import OpenAI

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
logger = logging.getLogger("thesis-ray")

PROVIDER_ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL")
NUM_WORKERS = int(os.environ.get("NUM_WORKERS", "16"))

env_vars = {name: os.environ[name] for name in PROVIDER_ENV_VARS if name in os.environ}
runtime_env = {"pip": ["openai>=1.30"], "env_vars": env_vars}
logger.info("forwarding env vars %s to workers", sorted(env_vars))
logger.info("runtime_env=%s", runtime_env)

ray.init(address=os.environ.get("RAY_ADDRESS", "auto"), runtime_env=runtime_env)


@ray.remote(num_cpus=1)
class Worker:
    def __init__(self) -> None:
        self.client = OpenAI()
        self.tokens_used = 0

    def summarise(self, path: str) -> tuple[str, str]:
        with open(path, encoding="utf-8", errors="ignore") as fh:
            text = fh.read()[:20000]
        r = self.client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=300,
            messages=[{"role": "user", "content": "Summarise this thesis chapter:\n" + text}],
        )
        self.tokens_used += r.usage.total_tokens
        return path, r.choices[0].message.content

    def usage(self) -> int:
        return self.tokens_used


paths = [os.path.join("theses", p) for p in sorted(os.listdir("theses")) if p.endswith(".txt")]
workers = [Worker.remote() for _ in range(NUM_WORKERS)]
futures = [workers[i % NUM_WORKERS].summarise.remote(p) for i, p in enumerate(paths)]
results = dict(ray.get(futures))
total = sum(ray.get([w.usage.remote() for w in workers]))
logger.info("summarised %d files, %d tokens total", len(results), total)

with open("thesis_summaries.tsv", "w", encoding="utf-8") as out:
    for path, summary in results.items():
        out.write(f"{path}\t{summary.replace(chr(10), ' ')}\n")
