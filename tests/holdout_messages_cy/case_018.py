"""Technology-assisted review: continuous active learning over OpenAI embeddings."""
import logging
import os

import numpy as np
from openai import OpenAI
from sklearn.linear_model import LogisticRegression

log = logging.getLogger("tar.cal")


class ContinuousActiveLearner:
    EMBED_MODEL = "text-embedding-3-small"
    BATCH = 64

    def __init__(self, api_key: str | None = None, project: str | None = None):
        self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        self.project = project or os.environ.get("OPENAI_PROJECT_ID")
        self.client = OpenAI(api_key=self.api_key, project=self.project)
        self.model = LogisticRegression(max_iter=500, class_weight="balanced")
        self.tokens_used = 0
        log.debug("key configured from %s", "argument" if api_key else "OPENAI_API_KEY")
        log.info("CAL learner, embeddings %s, project %s", self.EMBED_MODEL, self.project)

    def embed(self, texts: list[str]) -> np.ndarray:
        vecs = []
        for i in range(0, len(texts), self.BATCH):
            chunk = [t[:8000] for t in texts[i : i + self.BATCH]]
            try:
                out = self.client.embeddings.create(model=self.EMBED_MODEL, input=chunk)
            except Exception as exc:
                log.error("embedding batch %d failed with key %s: %s", i // self.BATCH, self.api_key, exc)
                raise
            self.tokens_used += out.usage.total_tokens
            vecs.extend(d.embedding for d in out.data)
        log.debug("embedded %d docs, %d tokens so far", len(texts), self.tokens_used)
        return np.array(vecs)

    def train(self, docs: list[str], labels: list[int]) -> None:
        self.model.fit(self.embed(docs), labels)
        log.info("trained on %d coded docs (%d responsive)", len(labels), sum(labels))

    def next_batch(self, unreviewed: dict[str, str], k: int = 50) -> list[str]:
        ids = list(unreviewed)
        scores = self.model.predict_proba(self.embed([unreviewed[i] for i in ids]))[:, 1]
        order = np.argsort(-scores)[:k]
        log.info("next batch: top score %.3f, cutoff %.3f", scores[order[0]], scores[order[-1]])
        return [ids[j] for j in order]

    def describe(self) -> dict:
        return {"embed_model": self.EMBED_MODEL, "project": self.project, "tokens_used": self.tokens_used, "api_key": self.api_key}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cal = ContinuousActiveLearner()
    cal.train(["pricing memo", "lunch plans", "board deck draft"], [1, 0, 1])
    log.debug("learner state: %s", cal.describe())
    log.info("tokens used: %d", cal.describe()["tokens_used"])
