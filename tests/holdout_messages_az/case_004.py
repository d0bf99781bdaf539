import asyncio
import logging
import os

from aiogram import Bot, Dispatcher, F
from aiogram.filters import Command
from aiogram.types import Message
from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("tg-safety")

BOT_TOKEN = os.getenv("TG_BOT_TOKEN", "")
MR_KEY = os.getenv("MODELRED_API_KEY", "")
ADMIN_IDS = {int(x) for x in os.getenv("TG_ADMINS", "").split(",") if x}

if not BOT_TOKEN:
    raise SystemExit("TG_BOT_TOKEN is not set")
if not MR_KEY:
    log.warning("MODELRED_API_KEY empty (%r), /scan disabled", MR_KEY)

bot = Bot(token=BOT_TOKEN)
dp = Dispatcher()


@dp.message(Command("scan"), F.from_user.id.in_(ADMIN_IDS))
async def scan(message: Message) -> None:
    parts = (message.text or "").split()
    model = parts[1] if len(parts) > 1 else "group-helper"
    if not model.replace("-", "").isalnum():
        await message.answer("model names are letters, digits and dashes")
        return
    try:
        async with AsyncModelRed(api_key=MR_KEY) as client:
            job = await client.create_assessment(model=model, test_types=["toxicity", "jailbreak"])
    except RateLimitError:
        await message.answer("Rate limited, try later.")
        return
    except NotFoundError as e:
        log.info("unknown model %s: %s", model, type(e).__name__)
        await message.answer(f"No model called {model}.")
        return
    except ModelRedError as e:
        await message.answer(f"ModelRed error: {e}")
        return
    await message.answer(f"Assessment {job.id} started for {model}")


async def main() -> None:
    log.info("starting bot %s", BOT_TOKEN)
    log.info("admins: %s", sorted(ADMIN_IDS))
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
