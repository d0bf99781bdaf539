"""aiogram 3 middleware: users bring their own OpenAI key; it is kept in Redis per user."""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict

from aiogram import BaseMiddleware, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message, TelegramObject
from loguru import logger
from redis.asyncio import Redis

router = Router()
KEY_FIELD = "openai_key"


class UserKeyMiddleware(BaseMiddleware):
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def __call__(self, handler: Callable[[TelegramObject, Dict[str, Any]], Awaitable[Any]],
                       event: TelegramObject, data: Dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        if user is None:
            return await handler(event, data)
        raw = await self.redis.hget(f"user:{user.id}", KEY_FIELD)
        user_key = raw.decode() if raw else None
        if user_key is not None and not user_key.startswith("sk-"):
            raise ValueError(f"stored key for user {user.id} is corrupt: {user_key}")
        data["user_key"] = user_key
        logger.debug(f"user {user.id} has key: {user_key is not None}")
        return await handler(event, data)


@router.message(Command("setkey"))
async def setkey(message: Message, command: CommandObject, redis: Redis) -> None:
    new_key = (command.args or "").strip()
    if not new_key:
        await message.answer("Usage: /setkey sk-...")
        return
    await redis.hset(f"user:{message.from_user.id}", KEY_FIELD, new_key)
    await message.delete()
    logger.info(f"user {message.from_user.id} set a new OpenAI key {new_key}")
    await message.answer("Key saved and your message deleted.")


@router.message(Command("whoami"))
async def whoami(message: Message, user_key: str | None) -> None:
    shown = f"…{user_key[-4:]}" if user_key else "none"
    logger.info("whoami {} key {}", message.from_user.id, shown)
    await message.answer(f"Your id: {message.from_user.id}\nKey: {shown}")


@router.message(Command("cost"))
async def cost(message: Message, redis: Redis) -> None:
    used = int(await redis.get(f"tokens:{message.from_user.id}") or 0)
    logger.info("user {} used {} tokens", message.from_user.id, used)
    await message.answer(f"You used {used} tokens this month.")
