"""Mastodon cross-poster: posts scheduled marketing toots for every connected brand account."""
import asyncio

import asyncpg
import httpx
import structlog

log = structlog.get_logger("social.mastodon")


async def load_accounts(pool):
    rows = await pool.fetch("SELECT handle, instance, access_token FROM social_accounts WHERE network = 'mastodon' AND active")
    accounts = []
    for row in rows:
        account = {"handle": row["handle"], "instance": row["instance"], "access_token": row["access_token"]}
        log.info("loaded account", account=account)
        accounts.append(account)
    return accounts


class TootPoster:
    def __init__(self, account):
        self.handle = account["handle"]
        self.instance = account["instance"]
        self.token = account["access_token"]
        self.http = httpx.AsyncClient(base_url=f"https://{self.instance}", headers={"Authorization": f"Bearer {self.token}"}, timeout=20)

    async def post(self, text, visibility="public"):
        log.info("posting", handle=self.handle, instance=self.instance, chars=len(text))
        r = await self.http.post("/api/v1/statuses", data={"status": text, "visibility": visibility})
        if r.status_code == 401:
            raise PermissionError("token revoked for %s: %s" % (self.handle, self.token))
        st = r.json()
        log.info("status posted", status_id=st["id"], visibility=st["visibility"])
        return st["id"]

    async def close(self):
        await self.http.aclose()


async def run(dsn, text):
    pool = await asyncpg.create_pool(dsn)
    try:
        accounts = await load_accounts(pool)
        for acct in accounts:
            poster = TootPoster(acct)
            try:
                await poster.post(text)
            finally:
                await poster.close()
    finally:
        await pool.close()


if __name__ == "__main__":
    import os
    asyncio.run(run(os.environ["DATABASE_URL"], "Our spring webinar is open for sign-ups!"))
