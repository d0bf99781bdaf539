"""Bidirectional streaming chat over Groq; the first message opens the session."""
import logging
import os
import time

import grpc
from groq import Groq

import stream_pb2
import stream_pb2_grpc

log = logging.getLogger("stream")

SESSIONS = {}
SESSION_TTL = 3600


class StreamChat(stream_pb2_grpc.StreamChatServicer):
    def __init__(self):
        self.groq = Groq(api_key=os.environ["GROQ_API_KEY"])

    def _open(self, first) -> str:
        opened = SESSIONS.get(first.session_token)
        if opened is None:
            raise PermissionError(f"unknown session token {first.session_token}")
        if time.time() - opened > SESSION_TTL:
            raise PermissionError(f"session expired after {SESSION_TTL}s")
        return first.user_id

    def Chat(self, request_iterator, context):
        first = next(request_iterator)
        log.debug("session opened token=%s user=%s", first.session_token, first.user_id)
        try:
            user = self._open(first)
        except PermissionError:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "session invalid")
        history = []
        for msg in request_iterator:
            history.append({"role": "user", "content": msg.text})
            stream = self.groq.chat.completions.create(
                model="llama-3.1-8b-instant",
                messages=history,
                max_tokens=msg.max_tokens or 300,
                stream=True,
            )
            parts = []
            for chunk in stream:
                delta = chunk.choices[0].delta.content or ""
                parts.append(delta)
                yield stream_pb2.ChatChunk(text=delta)
            history.append({"role": "assistant", "content": "".join(parts)})
            log.debug("user %s turn done, max_tokens=%d", user, msg.max_tokens)
        log.info("stream closed for %s after %d turns", user, len(history) // 2)


def register_session(token: str) -> None:
    SESSIONS[token] = time.time()
    log.info("registered session, %d active", len(SESSIONS))
