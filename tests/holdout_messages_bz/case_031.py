"""Teams/Discord alert bot that posts rotation results; ModelRed gen-1."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError, TierRestrictedError

bot_log = logging.getLogger("alerts")
WEBHOOK_ENV = "DISCORD_WEBHOOK_URL"


async def post(session: aiohttp.ClientSession, text: str) -> int:
    async with session.post(os.environ[WEBHOOK_ENV], json={"content": text}) as r:
        return r.status


async def check_and_alert(model_id: str) -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    async with aiohttp.ClientSession() as session:
        async with ModelRed(api_key=key) as client:
            try:
                ok = await client.validate_api_key()
                status = await client.get_assessment_status(os.environ["LAST_ASSESSMENT_ID"])
            except AuthenticationError:
                code = await post(session, f"ModelRed key ending {key[-4:]} is no longer valid")
                bot_log.error("webhook answered %s", code)
                return
            except TierRestrictedError as exc:
                await post(session, f"ModelRed plan restriction for {model_id}: {exc}")
                return
            except ModelRedError as exc:
                bot_log.error("check failed for %s: %s", model_id, exc)
                return
        bot_log.info("key valid=%s, last run %s", ok, status.get("status"))
        await post(session, f"{model_id}: last assessment {status.get('status')}")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    bot_log.info("alerts go to webhook from %s", WEBHOOK_ENV)
    bot_log.debug("environment key: %s", os.environ.get("MODELRED_API_KEY"))
    asyncio.run(check_and_alert(os.environ.get("MODEL_ID", "prod-assistant")))


if __name__ == "__main__":
    main()
