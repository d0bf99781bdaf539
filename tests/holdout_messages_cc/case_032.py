"""Tutor memory store: Redis sessions per student, token-authenticated Redis."""
import json
import logging
import os
import uuid

import redis

mem_log = logging.getLogger("tutor.memory")

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
SESSION_TTL = 3600
TOKEN_TTL_KEY = "tutor:token_ttl"


class Memory:
    def __init__(self):
        self.r = redis.Redis.from_url(REDIS_URL, password=REDIS_PASSWORD, decode_responses=True)
        try:
            self.r.ping()
        except redis.AuthenticationError as exc:
            raise ConnectionError(f"redis auth failed with password {REDIS_PASSWORD}") from exc
        mem_log.info("memory on %s, ttl %s (%s)", REDIS_URL.split("@")[-1], SESSION_TTL, TOKEN_TTL_KEY)

    def new_session(self, student_id: str) -> str:
        sid = uuid.uuid4().hex
        self.r.setex(f"tutor:s:{sid}", SESSION_TTL, json.dumps({"student": student_id, "turns": []}))
        mem_log.info("session %s for student %s", sid, student_id)
        return sid

    def append(self, sid: str, role: str, content: str, tokens: int):
        raw = self.r.get(f"tutor:s:{sid}")
        if raw is None:
            raise KeyError(f"unknown session {sid}")
        data = json.loads(raw)
        data["turns"].append({"role": role, "content": content, "tokens": tokens})
        self.r.setex(f"tutor:s:{sid}", SESSION_TTL, json.dumps(data))
        mem_log.debug("session %s now %d turns, %d tokens", sid, len(data["turns"]),
                      sum(t["tokens"] for t in data["turns"]))

    def history(self, sid: str) -> list[dict]:
        raw = self.r.get(f"tutor:s:{sid}")
        return json.loads(raw)["turns"] if raw else []


def diagnose():
    mem_log.info("REDIS_PASSWORD set: %s", bool(REDIS_PASSWORD))
    if REDIS_PASSWORD and " " in REDIS_PASSWORD:
        mem_log.warning("REDIS_PASSWORD contains spaces: %r", REDIS_PASSWORD)
