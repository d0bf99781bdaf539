"""LangGraph red-team workflow node that calls ModelRed (generation 3)."""
import logging
import os
from typing import TypedDict

from langgraph.graph import END, StateGraph
from modelred import APIError, ModelRed, RateLimited

log = logging.getLogger(__name__)


class State(TypedDict):
    model_id: str
    assessment_id: str
    status: str
    tokens_used: int


def start_assessment(state: State) -> State:
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        a = client.create_assessment_by_id(model_id=state["model_id"], probe_pack_ids=["baseline"])
    except RateLimited as e:
        log.warning("rate limited: %s", e)
        return {**state, "status": "retry"}
    except APIError as e:
        return {**state, "status": f"error: {e}"}
    log.info("started %s, tokens_used=%d", a["id"], state["tokens_used"])
    return {**state, "assessment_id": a["id"], "status": "running"}


def poll(state: State) -> State:
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        a = client.get_assessment(state["assessment_id"])
    except APIError as e:
        log.error("poll failed: %s", type(e).__name__)
        return {**state, "status": "unknown"}
    return {**state, "status": a["status"]}


graph = StateGraph(State)
graph.add_node("start", start_assessment)
graph.add_node("poll", poll)
graph.set_entry_point("start")
graph.add_edge("start", "poll")
graph.add_edge("poll", END)
app = graph.compile()
