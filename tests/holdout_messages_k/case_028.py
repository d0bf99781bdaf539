"""Luigi pipeline: pull transcripts, redact them with an LLM, write parquet."""
import json
import logging
import os

import luigi
import requests

logger = logging.getLogger("luigi-interface")
TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"


class FetchTranscripts(luigi.Task):
    date = luigi.DateParameter()

    def output(self):
        return luigi.LocalTarget(f"data/raw/{self.date:%Y-%m-%d}.jsonl")

    def run(self):
        with self.output().open("w") as f:
            f.write(json.dumps({"id": 1, "text": "hello"}) + "\n")


class RedactTranscripts(luigi.Task):
    date = luigi.DateParameter()
    together_api_key = luigi.Parameter(significant=False, visibility=luigi.parameter.ParameterVisibility.PRIVATE)
    max_tokens = luigi.IntParameter(default=512)

    def requires(self):
        return FetchTranscripts(date=self.date)

    def output(self):
        return luigi.LocalTarget(f"data/redacted/{self.date:%Y-%m-%d}.jsonl")

    def run(self):
        key = self.together_api_key or os.environ.get("TOGETHER_API_KEY")
        headers = {"Authorization": f"Bearer {key}"}
        logger.info("redacting %s with max_tokens=%d", self.date, self.max_tokens)
        with self.input().open() as src, self.output().open("w") as dst:
            for line in src:
                row = json.loads(line)
                r = requests.post(TOGETHER_URL, headers=headers, timeout=60, json={
                    "model": "meta-llama/Llama-3-8b-chat-hf", "max_tokens": self.max_tokens,
                    "messages": [{"role": "user", "content": "Redact PII: " + row["text"]}]})
                if r.status_code == 401:
                    raise RuntimeError(f"Together rejected key {key} for {self.task_id}")
                if not r.ok:
                    raise RuntimeError(f"Together error {r.status_code}: {r.text[:200]}")
                row["text"] = r.json()["choices"][0]["message"]["content"]
                dst.write(json.dumps(row) + "\n")
        logger.info("task %s done (key set: %s)", self.task_id, bool(key))
