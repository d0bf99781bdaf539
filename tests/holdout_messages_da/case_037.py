"""Team balancer for custom lobbies: asks an LLM to split players fairly when MMR is close."""
import json
import os
import statistics

import redis
from loguru import logger
from groq import Groq


class LobbyBalancer:
    def __init__(self, redis_url: str, groq_key: str | None = None):
        self.redis = redis.Redis.from_url(redis_url)
        self.groq_key = groq_key or os.environ["GROQ_API_KEY"]
        self.llm = Groq(api_key=self.groq_key)
        self.max_tokens = 200
        logger.info("balancer ready (redis db {}, max_tokens {})", self.redis.connection_pool.connection_kwargs.get("db"), self.max_tokens)

    def lobby(self, lobby_id: str) -> list[dict]:
        raw = self.redis.hgetall(f"lobby:{lobby_id}:players")
        return [json.loads(v) for v in raw.values()]

    def naive_split(self, players: list[dict]) -> tuple[list, list]:
        ordered = sorted(players, key=lambda p: p["mmr"], reverse=True)
        return ordered[0::2], ordered[1::2]

    def balance(self, lobby_id: str) -> dict:
        players = self.lobby(lobby_id)
        a, b = self.naive_split(players)
        gap = abs(statistics.mean(p["mmr"] for p in a) - statistics.mean(p["mmr"] for p in b))
        if gap < 40:
            return {"a": [p["id"] for p in a], "b": [p["id"] for p in b], "source": "naive"}
        prompt = "Split these players into two teams of equal size with close average MMR and mixed roles. JSON only.\n" + json.dumps(players)
        try:
            out = self.llm.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        except Exception as exc:
            logger.error("groq failed for lobby {} with key {}: {}", lobby_id, self.groq_key, exc)
            return {"a": [p["id"] for p in a], "b": [p["id"] for p in b], "source": "naive"}
        teams = json.loads(out.choices[0].message.content)
        logger.info("lobby {} balanced by llm, gap was {:.0f}, {} tokens", lobby_id, gap, out.usage.total_tokens)
        return {**teams, "source": "llm"}


def build_from_env() -> LobbyBalancer:
    key = os.environ.get("GROQ_API_KEY")
    if key and not key.startswith("gsk_"):
        raise ValueError(f"GROQ_API_KEY should start with gsk_, got {key}")
    return LobbyBalancer(os.environ.get("LOBBY_REDIS_URL", "redis://localhost:6379/3"), key)
