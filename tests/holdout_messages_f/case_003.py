"""SSE stream parser for chat completions: tokens here are text, not credentials."""
import json
import logging
import sys
from typing import Iterator

logger = logging.getLogger("acme_llm.streaming")


class StreamError(Exception):
    pass


def iter_sse_lines(raw: Iterator[bytes]) -> Iterator[str]:
    buf = b""
    for chunk in raw:
        buf += chunk
        while b"\n\n" in buf:
            event, buf = buf.split(b"\n\n", 1)
            for line in event.decode("utf-8").splitlines():
                if line.startswith("data: "):
                    yield line[len("data: "):]


def stream_tokens(raw: Iterator[bytes], echo: bool = False) -> Iterator[str]:
    prompt_tokens = completion_tokens = 0
    for data in iter_sse_lines(raw):
        if data == "[DONE]":
            break
        event = json.loads(data)
        if "error" in event:
            raise StreamError(f"stream error: {event['error'].get('message')}")
        usage = event.get("usage")
        if usage:
            prompt_tokens = usage.get("prompt_tokens", 0)
            completion_tokens = usage.get("completion_tokens", 0)
        for choice in event.get("choices", []):
            token = choice.get("delta", {}).get("content")
            if token:
                if echo:
                    print(token, end="", flush=True)
                    sys.stdout.write(token)
                logger.debug("token %r", token)
                yield token
    logger.info("stream done: prompt_tokens=%d completion_tokens=%d", prompt_tokens, completion_tokens)


def count_tokens(text: str, tokenizer) -> int:
    tokens = tokenizer.encode(text)
    logger.debug("tokenized %d chars into %d tokens: %s", len(text), len(tokens), tokens[:10])
    return len(tokens)


def check_budget(max_tokens: int, used_tokens: int) -> None:
    if used_tokens > max_tokens:
        raise StreamError(f"token budget exceeded: used {used_tokens} of max_tokens={max_tokens}")
    print(f"tokens remaining: {max_tokens - used_tokens}")
