"""Patient-intake chatbot session store (Redis) with per-session OpenAI keys for the BYO-key pilot."""
import json
import logging
import os
import uuid

import redis

log = logging.getLogger("intake.sessions")

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
SESSION_TTL = 3600
KEY_FIELD = "byo_openai_key"


class IntakeSession:
    def __init__(self, clinic_id: str, byo_openai_key: str | None = None):
        self.id = uuid.uuid4().hex
        self.clinic_id = clinic_id
        self.byo_openai_key = byo_openai_key
        self.turns = []

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "clinic": self.clinic_id, KEY_FIELD: self.byo_openai_key, "turns": self.turns})

    def public(self) -> dict:
        return {"id": self.id, "clinic": self.clinic_id, "turns": len(self.turns)}


def save(sess: IntakeSession) -> None:
    r.setex(f"intake:{sess.id}", SESSION_TTL, sess.to_json())
    log.info("saved session %s for clinic %s (ttl %ds)", sess.id, sess.clinic_id, SESSION_TTL)
    log.debug("session blob %s", sess.to_json())


def load(session_id: str) -> IntakeSession:
    raw = r.get(f"intake:{session_id}")
    if raw is None:
        raise KeyError(f"no intake session {session_id}")
    d = json.loads(raw)
    s = IntakeSession(d["clinic"], d.get(KEY_FIELD))
    s.id, s.turns = d["id"], d["turns"]
    log.info("loaded %s", s.public())
    return s


def set_byo_key(session_id: str, key: str) -> None:
    if not key.startswith("sk-"):
        raise ValueError(f"BYO key must be an OpenAI key, got {key}")
    s = load(session_id)
    s.byo_openai_key = key
    save(s)
    log.info("BYO key set for session %s, field %s, ends %s", session_id, KEY_FIELD, key[-4:])
