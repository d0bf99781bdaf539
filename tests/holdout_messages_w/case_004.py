"""LangGraph research graph whose state carries provider credentials."""
from __future__ import annotations

import logging
import os
from typing import Annotated, TypedDict

import httpx
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages

logger = logging.getLogger("graph")


class Creds(TypedDict):
    tavily_key: str
    region: str


class ResearchState(TypedDict):
    messages: Annotated[list, add_messages]
    query: str
    creds: Creds
    sources: list[str]


def search_node(state: ResearchState) -> dict:
    creds = state["creds"]
    logger.info("search node: query=%s region=%s", state["query"], creds["region"])
    resp = httpx.post(
        "https://api.tavily.com/search",
        json={"api_key": creds["tavily_key"], "query": state["query"], "max_results": 5},
        timeout=30,
    )
    if resp.status_code == 401:
        logger.error("tavily refused key %s", creds["tavily_key"])
        return {"sources": []}
    data = resp.json()
    logger.debug("tavily answered %s with %d results", resp.status_code, len(data.get("results", [])))
    return {"sources": [r["url"] for r in data.get("results", [])]}


def summarize_node(state: ResearchState) -> dict:
    text = "\n".join(state["sources"])
    logger.info("summarising %d sources, %d chars", len(state["sources"]), len(text))
    return {"messages": [("assistant", f"Found {len(state['sources'])} sources")]}


def build_graph():
    g = StateGraph(ResearchState)
    g.add_node("search", search_node)
    g.add_node("summarize", summarize_node)
    g.add_edge(START, "search")
    g.add_edge("search", "summarize")
    g.add_edge("summarize", END)
    return g.compile()


def run(query: str) -> dict:
    creds: Creds = {"tavily_key": os.environ["TAVILY_API_KEY"], "region": "eu"}
    initial = {"messages": [], "query": query, "creds": creds, "sources": []}
    logger.debug("initial state %s", initial)
    out = build_graph().invoke(initial)
    logger.info("graph finished with keys %s", sorted(out))
    return out
