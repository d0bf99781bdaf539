"""Redis Streams consumer group: rerank search candidates with Cohere; key in Vault."""
import json
import logging
import os
import socket

import cohere
import hvac
import redis

logger = logging.getLogger("rerank.consumer")
STREAM, GROUP = "rerank:requests", "rerankers"
VAULT_PATH = "llm/cohere"
CONSUMER = f"{socket.gethostname()}-{os.getpid()}"


def read_secret() -> dict:
    vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    resp = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH, mount_point="kv")
    logger.info("vault %s version %s", VAULT_PATH, resp["data"]["metadata"]["version"])
    return resp["data"]["data"]


def main():
    secret = read_secret()
    logger.debug("vault returned %s", secret)
    co = cohere.ClientV2(api_key=secret["api_key"])
    r = redis.Redis(host=os.environ.get("REDIS_HOST", "localhost"), decode_responses=True)
    try:
        r.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    except redis.ResponseError as exc:
        logger.debug("group exists: %s", exc)
    logger.info("consumer %s in %s, owner %s", CONSUMER, GROUP, secret.get("owner"))
    while True:
        batches = r.xreadgroup(GROUP, CONSUMER, {STREAM: ">"}, count=16, block=5000)
        for _stream, entries in batches or []:
            for entry_id, fields in entries:
                req = json.loads(fields["payload"])
                try:
                    ranked = co.rerank(model="rerank-english-v3.0", query=req["query"], documents=req["docs"], top_n=5)
                except cohere.errors.UnauthorizedError:
                    logger.error("cohere refused key from %s: %s", VAULT_PATH, secret["api_key"])
                    return
                r.set(f"rerank:result:{req['id']}", json.dumps([x.index for x in ranked.results]), ex=600)
                r.xack(STREAM, GROUP, entry_id)
                logger.info("ranked %s (%d docs)", req["id"], len(req["docs"]))


if __name__ == "__main__":
    if not os.environ.get("VAULT_TOKEN"):
        raise SystemExit("VAULT_TOKEN not set")
    logging.basicConfig(level=logging.INFO)
    main()
