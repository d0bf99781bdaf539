import asyncio
import logging
import os

from aiogram import Bot, Dispatcher, F
from aiogram.filters import Command
from aiogram.types import Message
import httpx

BOT_TOKEN = os.getenv("BOT_TOKEN", "")
OPENROUTER_KEY = os.getenv("OPENROUTER_API_KEY", "")
MODEL = "mistralai/mistral-small"
MAX_TOKENS = 400

dp = Dispatcher()
http = httpx.AsyncClient(base_url="https://openrouter.ai/api/v1", timeout=60)


def check_config() -> None:
    if not BOT_TOKEN:
        raise RuntimeError(f"BOT_TOKEN is empty ({BOT_TOKEN!r}); set it in .env")
    if ":" not in BOT_TOKEN:
        raise RuntimeError(f"BOT_TOKEN does not look like a bot token: {BOT_TOKEN}")
    if not OPENROUTER_KEY.startswith("sk-or-"):
        raise RuntimeError("OPENROUTER_API_KEY must start with sk-or-")


async def ask(prompt: str) -> str:
    r = await http.post(
        "/chat/completions",
        headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
        json={"model": MODEL, "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]},
    )
    if r.status_code != 200:
        raise RuntimeError(f"openrouter answered {r.status_code}: {r.text[:300]}")
    data = r.json()
    logging.info("used %s tokens on %s", data["usage"]["total_tokens"], MODEL)
    return data["choices"][0]["message"]["content"]


@dp.message(Command("start"))
async def start(message: Message) -> None:
    await message.answer("Send me a question. I never store your messages or any token.")


@dp.message(F.text)
async def on_text(message: Message) -> None:
    try:
        answer = await ask(message.text)
    except RuntimeError as e:
        logging.warning("ask failed for %s: %s", message.from_user.id, e)
        await message.answer("Sorry, the model is unavailable.")
        return
    await message.answer(answer[:4000])


async def main() -> None:
    check_config()
    bot = Bot(BOT_TOKEN)
    me = await bot.get_me()
    logging.info("running as @%s id=%s", me.username, me.id)
    await dp.start_polling(bot)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
