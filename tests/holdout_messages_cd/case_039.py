"""Portfolio-assistant agent tools: quote lookup via Finnhub and a ModelRed gen 2 safety check."""
import json
import logging
import os

import finnhub
from modelred import ModelRed, ModelRedError, NotFoundError

logger = logging.getLogger("agent.tools")

finnhub_client = finnhub.Client(api_key=os.environ["FINNHUB_API_KEY"])


def quote_tool(symbol: str) -> str:
    """Tool the LLM agent calls; the returned string is shown to the end user in chat."""
    try:
        q = finnhub_client.quote(symbol.upper())
    except finnhub.FinnhubAPIException as exc:
        logger.warning("finnhub error for %s: %s", symbol, exc.status_code)
        return json.dumps({"error": "quote unavailable"})
    return json.dumps({"symbol": symbol.upper(), "price": q["c"], "change": q["dp"]})


def safety_tool(model_id: str) -> str:
    """Tool the LLM agent calls; the returned string is shown to the end user in chat."""
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = client.get_model(model_identifier=model_id)
    except NotFoundError:
        return json.dumps({"error": f"no model named {model_id}"})
    except ModelRedError as e:
        return json.dumps({"error": f"safety service error: {e}"})
    return json.dumps({"model": model_id, "status": model.get("status")})


TOOLS = {"quote": quote_tool, "safety": safety_tool}


def dispatch(name: str, arguments: str) -> str:
    args = json.loads(arguments)
    logger.info("tool %s args %s", name, sorted(args))
    return TOOLS[name](**args)


def describe_env():
    for var in ("FINNHUB_API_KEY", "MODELRED_API_KEY"):
        val = os.environ.get(var, "")
        logger.info("%s: %s", var, val)
