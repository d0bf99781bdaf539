"""Background key-expiry watcher: warns before GCP Secret Manager versions expire."""
import asyncio
import datetime as dt
import logging
import warnings

from google.cloud import secretmanager_v1

watch_log = logging.getLogger("expiry")


class ExpiryWatcher:
    def __init__(self, project: str, days: int = 14):
        self.project = project
        self.days = days
        self.client = secretmanager_v1.SecretManagerServiceAsyncClient()

    async def secrets(self):
        pager = await self.client.list_secrets(request={"parent": f"projects/{self.project}"})
        async for secret in pager:
            yield secret

    async def check(self) -> list[str]:
        soon = []
        now = dt.datetime.now(dt.timezone.utc)
        async for secret in self.secrets():
            if not secret.expire_time:
                continue
            left = secret.expire_time - now
            if left.days <= self.days:
                soon.append(secret.name)
                watch_log.warning("%s expires in %d days", secret.name, left.days)
        return soon

    async def peek(self, name: str) -> None:
        resp = await self.client.access_secret_version(request={"name": f"{name}/versions/latest"})
        value = resp.payload.data.decode()
        watch_log.info("%s latest version %s, %d bytes", name, resp.name.rsplit("/", 1)[-1], len(value))
        if value.startswith("sk-") and "T3BlbkFJ" in value:
            warnings.warn(f"{name} still holds a legacy OpenAI key {value}; migrate to a project key")

    async def run_forever(self, interval: int = 3600) -> None:
        while True:
            try:
                for name in await self.check():
                    await self.peek(name)
            except Exception as exc:
                watch_log.error("expiry check failed: %s", exc)
            await asyncio.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(ExpiryWatcher("acme-llm-prod").run_forever())
