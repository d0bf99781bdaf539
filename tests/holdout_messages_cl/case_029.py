"""Warehouse voice-picking bot: Deepgram transcribes, Claude confirms the pick, Redis holds sessions."""
import json
import logging
import os

import redis
import requests
from anthropic import Anthropic

vlog = logging.getLogger("voicepick")

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
DG_KEY_ENV = "DEEPGRAM_API_KEY"


class VoicePicker:
    def __init__(self, operator_id: str, session_token: str):
        self.operator_id = operator_id
        self.session_token = session_token
        self.dg_key = os.environ[DG_KEY_ENV]
        self.claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        vlog.info("operator %s session started (deepgram key from %s)", operator_id, DG_KEY_ENV)

    def transcribe(self, wav: bytes) -> str:
        resp = requests.post(
            "https://api.deepgram.com/v1/listen?model=nova-2",
            headers={"Authorization": f"Token {self.dg_key}", "Content-Type": "audio/wav"},
            data=wav,
            timeout=20,
        )
        if resp.status_code == 401:
            vlog.error("deepgram rejected key %s", self.dg_key)
            raise PermissionError("speech service unavailable")
        return resp.json()["results"]["channels"][0]["alternatives"][0]["transcript"]

    def confirm(self, transcript: str, expected_bin: str) -> bool:
        msg = self.claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=10,
            messages=[{"role": "user", "content": f"Picker said '{transcript}'. Expected bin {expected_bin}. Answer YES or NO."}],
        )
        return msg.content[0].text.strip().upper().startswith("YES")

    def save(self):
        state = {"operator": self.operator_id, "token": self.session_token}
        r.setex(f"voicepick:{self.operator_id}", 3600, json.dumps(state))
        vlog.debug("saved session %s", state)

    def resume(self):
        raw = r.get(f"voicepick:{self.operator_id}")
        if raw is None:
            raise LookupError(f"no session for operator {self.operator_id}")
        state = json.loads(raw)
        if state["token"] != self.session_token:
            raise PermissionError(f"session token mismatch: {self.session_token}")
        return state
