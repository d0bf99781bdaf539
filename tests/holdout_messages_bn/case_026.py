"""A small Vanna-style text-to-SQL trainer: keeps DDL, docs and example pairs, asks an LLM."""
from __future__ import annotations

import logging
import os

import chromadb
from openai import OpenAI

logger = logging.getLogger("t2sql.trainer")


class TextToSql:
    def __init__(self, config: dict):
        self.config = config
        self.model = config.get("model", "gpt-4o")
        self.max_tokens = config.get("max_tokens", 1000)
        self.llm = OpenAI(api_key=config["api_key"], base_url=config.get("base_url"))
        self.store = chromadb.PersistentClient(path=config.get("path", ".t2sql")).get_or_create_collection("training")
        logger.info("trainer model=%s max_tokens=%s base_url=%s", self.model, self.max_tokens, config.get("base_url"))
        logger.debug("trainer config: %s", self.config)

    def train(self, *, ddl: str | None = None, documentation: str | None = None, question: str | None = None, sql: str | None = None) -> str:
        doc = ddl or documentation or f"Q: {question}\nSQL: {sql}"
        doc_id = f"doc-{self.store.count() + 1}"
        self.store.add(ids=[doc_id], documents=[doc])
        logger.info("trained %s (%d chars)", doc_id, len(doc))
        return doc_id

    def generate_sql(self, question: str) -> str:
        ctx = self.store.query(query_texts=[question], n_results=6)["documents"][0]
        prompt = "You write ANSI SQL.\n" + "\n---\n".join(ctx) + f"\nQuestion: {question}\nSQL:"
        r = self.llm.chat.completions.create(model=self.model, max_tokens=self.max_tokens,
                                             messages=[{"role": "user", "content": prompt}])
        logger.info("generated sql for %r using %d context docs", question, len(ctx))
        return r.choices[0].message.content.strip().strip("`")

    def set_api_key(self, api_key: str) -> None:
        if api_key == self.config["api_key"]:
            raise ValueError(f"api key {api_key} is already active")
        self.config["api_key"] = api_key
        self.llm = OpenAI(api_key=api_key, base_url=self.config.get("base_url"))


if __name__ == "__main__":
    t2s = TextToSql({"api_key": os.environ["OPENAI_API_KEY"], "model": "gpt-4o-mini", "path": "/tmp/t2sql"})
    t2s.train(ddl="create table orders(id int, customer_id int, amount numeric, created_at timestamp)")
    t2s.train(question="revenue last month", sql="select sum(amount) from orders where created_at >= date_trunc('month', now()) - interval '1 month'")
    print(t2s.generate_sql("top 10 customers by revenue this year"))
