"""LangGraph node that calls Groq with a pool of keys, rotating when one is rate limited."""
import itertools
import logging
import os
from typing import TypedDict

from groq import Groq, RateLimitError
from langgraph.graph import END, StateGraph

log = logging.getLogger("graph.groq")
GROQ_KEYS = [k.strip() for k in os.environ.get("GROQ_API_KEYS", "").split(",") if k.strip()]
_cycle = itertools.cycle(GROQ_KEYS) if GROQ_KEYS else None


class State(TypedDict):
    question: str
    answer: str
    tokens: int


def answer_node(state: State) -> State:
    if _cycle is None:
        raise RuntimeError("GROQ_API_KEYS is empty")
    for attempt in range(len(GROQ_KEYS)):
        key = next(_cycle)
        client = Groq(api_key=key)
        try:
            out = client.chat.completions.create(
                model="llama-3.3-70b-versatile", max_tokens=300,
                messages=[{"role": "user", "content": state["question"]}])
        except RateLimitError as err:
            log.warning("key %s rate limited (attempt %d/%d), rotating", key, attempt + 1, len(GROQ_KEYS))
            log.debug("retry-after %s", err.response.headers.get("retry-after"))
            continue
        log.info("answered with key #%d, %d tokens", attempt, out.usage.total_tokens)
        return {**state, "answer": out.choices[0].message.content, "tokens": out.usage.total_tokens}
    log.error("all %d keys exhausted: %s", len(GROQ_KEYS), GROQ_KEYS)
    return {**state, "answer": "Service busy, try again.", "tokens": 0}


def build():
    g = StateGraph(State)
    g.add_node("answer", answer_node)
    g.set_entry_point("answer")
    g.add_edge("answer", END)
    log.info("graph built with %d keys (suffixes %s)", len(GROQ_KEYS), [k[-4:] for k in GROQ_KEYS])
    return g.compile()
