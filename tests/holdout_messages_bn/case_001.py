"""Text-to-SQL service: turns analyst questions into warehouse SQL, red-teamed nightly."""
import logging
import os

from fastapi import FastAPI, HTTPException
from openai import OpenAI
from pydantic import BaseModel
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("sqlgen")
app = FastAPI(title="sqlgen")

MAX_TOKENS = 800
OPENAI_KEY_ENV = "OPENAI_API_KEY"


class Question(BaseModel):
    text: str
    schema_name: str = "analytics"


class SqlGenerator:
    def __init__(self) -> None:
        self.openai_key = os.environ[OPENAI_KEY_ENV]
        self.model = os.getenv("SQLGEN_MODEL", "gpt-4o-mini")
        self.client = OpenAI(api_key=self.openai_key)
        log.info("sqlgen ready model=%s max_tokens=%d", self.model, MAX_TOKENS)
        log.debug("key var %s set=%s", OPENAI_KEY_ENV, bool(self.openai_key))

    def generate(self, q: Question) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "system", "content": f"Write DuckDB SQL for schema {q.schema_name}."},
                      {"role": "user", "content": q.text}],
        )
        log.info("generated sql, usage=%d tokens", resp.usage.total_tokens)
        return resp.choices[0].message.content

    def rotate(self, new_key: str) -> None:
        log.warning("rotating OpenAI key to %s", new_key)
        self.openai_key = new_key
        self.client = OpenAI(api_key=new_key)


gen = SqlGenerator()


@app.post("/sql")
def to_sql(q: Question):
    return {"sql": gen.generate(q)}


@app.post("/redteam/{model_id}")
def redteam(model_id: str):
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=["sql-injection"])
    except Unauthorized:
        log.error("ModelRed rejected key ending %s", mr_key[-4:])
        raise HTTPException(status_code=502, detail="assessment backend unavailable")
    except APIError as e:
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment": a["id"]}
