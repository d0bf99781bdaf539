"""aiohttp transport for streaming completions, with a trace config for debugging."""
import logging
import os

import aiohttp

trace_log = logging.getLogger("stream.trace")
BASE = "https://openrouter.ai/api/v1"


async def on_request_start(session, ctx, params):
    trace_log.debug("start %s %s", params.method, params.url)
    trace_log.debug("start auth %s", params.headers.get("Authorization"))


async def on_request_end(session, ctx, params):
    trace_log.debug("end %s -> %s", params.url, params.response.status)


def trace_config():
    tc = aiohttp.TraceConfig()
    tc.on_request_start.append(on_request_start)
    tc.on_request_end.append(on_request_end)
    return tc


class StreamClient:
    def __init__(self, api_key=None, referer="https://acme.example"):
        self._key = api_key or os.environ["OPENROUTER_API_KEY"]
        self.referer = referer
        trace_log.info("stream client referer=%s", self.referer)

    async def stream(self, model, messages, max_tokens=800):
        headers = {"Authorization": f"Bearer {self._key}", "HTTP-Referer": self.referer}
        payload = {"model": model, "messages": messages, "stream": True, "max_tokens": max_tokens}
        async with aiohttp.ClientSession(trace_configs=[trace_config()]) as session:
            async with session.post(f"{BASE}/chat/completions", json=payload, headers=headers) as resp:
                if resp.status != 200:
                    body = await resp.text()
                    raise ConnectionError(f"openrouter {resp.status}: {body[:300]}")
                async for line in resp.content:
                    if line.startswith(b"data: ") and line.strip() != b"data: [DONE]":
                        yield line[6:]

    def __repr__(self):
        return f"StreamClient(referer={self.referer!r})"

    def dump(self):
        trace_log.debug("client %r", self)
