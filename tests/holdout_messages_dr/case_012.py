"""Tornado websocket chat with Groq, plus an on-demand ModelRed scan command (SDK 0.1.40)."""
import json
import os

import tornado.ioloop
import tornado.web
import tornado.websocket
from groq import Groq
from tornado.log import app_log

from modelred import ModelRed, NotFound, Unauthorized


class Settings:
    def __init__(self):
        self.groq_api_key = os.environ["GROQ_API_KEY"]
        self.modelred_api_key = os.environ["MODELRED_API_KEY"]
        self.groq_model = os.environ.get("GROQ_MODEL", "llama-3.3-70b-versatile")
        self.scan_packs = os.environ.get("SCAN_PACKS", "jailbreak-basic").split(",")
        if not self.modelred_api_key.startswith("mr_"):
            raise ValueError("MODELRED_API_KEY must start with mr_, got " + self.modelred_api_key)


class ChatSocket(tornado.websocket.WebSocketHandler):
    def initialize(self, cfg: Settings):
        self.cfg = cfg
        self.groq = Groq(api_key=cfg.groq_api_key)

    def open(self):
        app_log.info("socket opened from %s, model %s", self.request.remote_ip, self.cfg.groq_model)

    async def on_message(self, message):
        msg = json.loads(message)
        if msg.get("type") == "scan":
            reply = await tornado.ioloop.IOLoop.current().run_in_executor(None, self.scan, msg["model_id"])
            await self.write_message(reply)
            return
        completion = self.groq.chat.completions.create(model=self.cfg.groq_model, messages=msg["messages"], max_tokens=400)
        app_log.info("groq usage: %s tokens", completion.usage.total_tokens)
        await self.write_message({"text": completion.choices[0].message.content})

    def scan(self, model_id):
        try:
            with ModelRed(self.cfg.modelred_api_key, timeout=15.0) as mr:
                job = mr.create_assessment(model_id=model_id, probe_pack_ids=self.cfg.scan_packs)
        except NotFound as exc:
            app_log.warning("scan for unknown model %s: %s", model_id, exc)
            return {"error": "unknown model"}
        except Unauthorized as exc:
            app_log.error("ModelRed refused key %s (%s)", self.cfg.modelred_api_key, type(exc).__name__)
            return {"error": type(exc).__name__}
        return {"assessment_id": job["id"], "packs": self.cfg.scan_packs}

    def on_close(self):
        app_log.info("socket closed: code=%s reason=%s", self.close_code, self.close_reason)


if __name__ == "__main__":
    settings = Settings()
    app_log.info("groq key suffix ...%s", settings.groq_api_key[-4:])
    tornado.web.Application([(r"/ws", ChatSocket, {"cfg": settings})]).listen(8000)
    tornado.ioloop.IOLoop.current().start()
