"""Per-user tool credentials on Postgres with pgcrypto; used by the agent runtime (asyncpg)."""
import logging
import os

import asyncpg

log = logging.getLogger("runtime.creds")
PG_DSN = os.environ["CREDS_DATABASE_URL"]
ENC_KEY = os.environ["CREDS_ENCRYPTION_KEY"]
ENC_KEY_VAR = "CREDS_ENCRYPTION_KEY"


class UserCreds:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def open(cls) -> "UserCreds":
        try:
            pool = await asyncpg.create_pool(PG_DSN, min_size=1, max_size=5)
        except (OSError, asyncpg.PostgresError) as e:
            log.error("cannot reach creds db (%s): %s", type(e).__name__, e)
            raise
        log.info("creds store ready, encryption key from %s", ENC_KEY_VAR)
        return cls(pool)

    async def put(self, user_id: str, tool: str, secret: str) -> None:
        async with self.pool.acquire() as con:
            await con.execute(
                "insert into tool_creds(user_id, tool, secret) values ($1, $2, pgp_sym_encrypt($3, $4)) "
                "on conflict (user_id, tool) do update set secret = excluded.secret",
                user_id, tool, secret, ENC_KEY,
            )
        log.info("saved %s credential for %s", tool, user_id)

    async def get(self, user_id: str, tool: str) -> str:
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "select pgp_sym_decrypt(secret, $3) as s from tool_creds where user_id = $1 and tool = $2",
                user_id, tool, ENC_KEY,
            )
        if row is None:
            raise LookupError(f"{user_id} has not connected {tool}")
        return row["s"]

    async def use(self, user_id: str, tool: str) -> dict:
        secret = await self.get(user_id, tool)
        if tool == "openai" and not secret.startswith("sk-"):
            raise ValueError(f"stored openai credential for {user_id} is not an OpenAI key: {secret}")
        log.debug("using %s credential for %s (hash %s)", tool, user_id, __import__("hashlib").sha256(secret.encode()).hexdigest()[:10])
        return {"api_key": secret}

    async def audit(self) -> None:
        async with self.pool.acquire() as con:
            rows = await con.fetch("select user_id, tool, updated_at from tool_creds order by updated_at desc limit 20")
        for r in rows:
            log.info("cred %s/%s updated %s", r["user_id"], r["tool"], r["updated_at"])
