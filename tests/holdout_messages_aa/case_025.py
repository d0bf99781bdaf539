import os
import time

import redis
import structlog

slog = structlog.get_logger("discord.limiter")

REDIS_HOST = os.getenv("REDIS_HOST", "redis")
REDIS_PORT = int(os.getenv("REDIS_PORT", "6379"))
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "")
WINDOW_SECONDS = 60
TOKENS_PER_WINDOW = 8

LUA_TAKE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


class SlidingLimiter:
    def __init__(self) -> None:
        self.url = f"redis://default:{REDIS_PASSWORD}@{REDIS_HOST}:{REDIS_PORT}/0"
        self.r = redis.Redis.from_url(self.url, socket_connect_timeout=2)
        self.take = self.r.register_script(LUA_TAKE)
        slog.info("limiter.init", host=REDIS_HOST, port=REDIS_PORT, window=WINDOW_SECONDS, tokens=TOKENS_PER_WINDOW)

    def ping(self) -> None:
        try:
            self.r.ping()
        except redis.ConnectionError as exc:
            slog.error("limiter.unreachable", error=str(exc), host=REDIS_HOST)
            raise RuntimeError(f"rate limiter cannot reach {self.url}") from exc

    def allow(self, guild_id: int, user_id: int) -> bool:
        bucket = f"rl:{guild_id}:{user_id}:{int(time.time() // WINDOW_SECONDS)}"
        used = int(self.take(keys=[bucket], args=[WINDOW_SECONDS + 5]))
        if used > TOKENS_PER_WINDOW:
            slog.warning("limiter.denied", guild=guild_id, user=user_id, used=used, limit=TOKENS_PER_WINDOW)
            return False
        return True


def debug_dump(lim: SlidingLimiter) -> None:
    slog.debug("limiter.config", url=lim.url, password=REDIS_PASSWORD)


if __name__ == "__main__":
    lim = SlidingLimiter()
    lim.ping()
    if os.getenv("LIMITER_DEBUG"):
        debug_dump(lim)
    for i in range(10):
        print(i, lim.allow(1234, 5678))
