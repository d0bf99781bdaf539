import os
import sqlite3
import hashlib
from loguru import logger
import cohere

DB = "app.db"
co_key = os.environ.get("COHERE_API_KEY")
co = cohere.Client(co_key)
db = sqlite3.connect(DB)
db.execute("create table if not exists users (name text, api_key text, key_hash text)")


def add_user(name, api_key):
    h = hashlib.sha256(api_key.encode()).hexdigest()
    db.execute("insert into users values (?, ?, ?)", (name, api_key, h))
    db.commit()
    logger.info("added user {} with key hash {}", name, h[:8])
    logger.debug("added user {} key={}", name, api_key)


def find_user(api_key):
    row = db.execute("select name, key_hash from users where api_key = ?", (api_key,)).fetchone()
    if row is None:
        logger.warning("unknown api key attempted")
        raise KeyError(f"no user for key {api_key}")
    logger.info("user {} stored hash {}", row[0], row[1])
    return row[0]


def embed(texts):
    r = co.embed(texts=texts, model="embed-english-v3.0", input_type="search_document")
    logger.info("embedded {} texts, billed units {}", len(texts), r.meta.billed_units)
    return r.embeddings


if __name__ == "__main__":
    logger.info("cohere key configured: {}", bool(co_key))
    add_user("demo", os.environ.get("DEMO_USER_KEY", "demo-key-123"))
    try:
        print(find_user("nope"))
    except KeyError:
        print("as expected, no user")
    vecs = embed(["hello", "world"])
    print(len(vecs), "vectors of dim", len(vecs[0]))
