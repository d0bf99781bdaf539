"""AsyncIO scheduler that builds the morning digest with Azure OpenAI."""
import asyncio
import configparser
import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from openai import AsyncAzureOpenAI, AuthenticationError

logging.basicConfig(level=logging.INFO)
cfg = configparser.ConfigParser()
cfg.read("/etc/digest/digest.ini")
AZ = cfg["azure_openai"]


def make_client() -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(api_key=AZ["api_key"], azure_endpoint=AZ["endpoint"],
                            api_version=AZ.get("api_version", "2024-06-01"))


async def build_digest(channel: str):
    client = make_client()
    try:
        resp = await client.chat.completions.create(
            model=AZ["deployment"], max_tokens=900,
            messages=[{"role": "user", "content": f"Summarise yesterday's incidents for #{channel}."}],
        )
    except AuthenticationError:
        logging.warning("azure key %s rejected by %s", AZ["api_key"], AZ["endpoint"])
        return
    logging.info("digest for %s via %s/%s: %d tokens", channel, AZ["endpoint"], AZ["deployment"], resp.usage.total_tokens)
    print(resp.choices[0].message.content)


def describe_config() -> str:
    return ", ".join(f"{k}={'***' if 'key' in k else v}" for k, v in AZ.items())


async def main():
    sched = AsyncIOScheduler(timezone="Europe/Berlin")
    sched.add_job(build_digest, CronTrigger(hour=7, minute=30), args=["ops"], id="digest-ops", misfire_grace_time=900)
    sched.add_job(build_digest, CronTrigger(hour=8), args=["sales"], id="digest-sales")
    sched.start()
    logging.info("scheduler up: %s", describe_config())
    logging.info("azure api version %s", AZ.get("api_version"))
    if cfg.getboolean("debug", "dump_config", fallback=False):
        logging.debug("raw azure section: %s", dict(AZ))
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
