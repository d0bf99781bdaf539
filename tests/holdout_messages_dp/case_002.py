import os
import time

import structlog
from openai import OpenAI, APIStatusError

structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.JSONRenderer(),
    ]
)
log = structlog.get_logger("chat")

MAX_TOKENS = 512


class ChatService:
    def __init__(self, api_key: str, org_id: str | None = None):
        self.api_key = api_key
        self.org_id = org_id
        self.client = OpenAI(api_key=api_key, organization=org_id)
        log.info("chat_service.init", org=self.org_id, max_tokens=MAX_TOKENS)

    def reply(self, user_id: str, prompt: str) -> str:
        bound = log.bind(user_id=user_id, key_last4=self.api_key[-4:])
        started = time.monotonic()
        try:
            resp = self.client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=MAX_TOKENS,
            )
        except APIStatusError as err:
            bound.error("chat.failed", status=err.status_code, api_key=self.api_key)
            raise
        bound.info(
            "chat.ok",
            ms=int((time.monotonic() - started) * 1000),
            total_tokens=resp.usage.total_tokens,
        )
        return resp.choices[0].message.content


def build() -> ChatService:
    key = os.getenv("OPENAI_API_KEY", "")
    if not key.startswith("sk-"):
        raise RuntimeError(f"OPENAI_API_KEY looks wrong: {key}")
    return ChatService(key, os.getenv("OPENAI_ORG_ID"))


if __name__ == "__main__":
    svc = build()
    print(svc.reply("u-1", "hello"))
