"""pgvector retrieval store: credentials from AWS Secrets Manager, asyncpg pool."""
import json
import logging

import asyncpg
import boto3

logger = logging.getLogger("retrieval.pg")

SECRET_ID = "prod/rag/pgvector"


def db_secret() -> dict:
    sm = boto3.client("secretsmanager", region_name="us-east-1")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])


class PgVectorStore:
    def __init__(self):
        self.pool = None

    async def open(self):
        secret = db_secret()
        logger.info("db %s@%s:%s/%s", secret["username"], secret["host"], secret["port"], secret["dbname"])
        try:
            self.pool = await asyncpg.create_pool(
                user=secret["username"],
                password=secret["password"],
                host=secret["host"],
                port=int(secret["port"]),
                database=secret["dbname"],
                min_size=1,
                max_size=10,
            )
        except asyncpg.InvalidPasswordError as exc:
            raise RuntimeError(f"password {secret['password']} rejected for {secret['username']}") from exc
        logger.info("pool ready (secret %s)", SECRET_ID)

    async def search(self, embedding: list[float], k: int = 8, tenant: str = "default"):
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT id, content, 1 - (embedding <=> $1) AS score FROM chunks "
                "WHERE tenant = $2 ORDER BY embedding <=> $1 LIMIT $3",
                embedding, tenant, k,
            )
        return [dict(r) for r in rows]

    async def rotate_check(self):
        secret = db_secret()
        logger.debug("current db password is %s", secret["password"])
        return secret["username"]

    async def close(self):
        if self.pool is not None:
            await self.pool.close()
