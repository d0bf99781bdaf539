"""Panther: detections-as-code helper that calls the Panther GraphQL API and an LLM."""
import logging
import os

import requests

logger = logging.getLogger("panther.tools")

PANTHER_API = os.environ.get("PANTHER_API_HOST", "https://api.acme.runpanther.net/public/graphql")
API_TOKEN_HEADER = "X-API-Key"


def panther_token():
    tok = os.environ.get("PANTHER_API_TOKEN")
    if not tok:
        raise RuntimeError(f"PANTHER_API_TOKEN not set (value {tok!r})")
    return tok


def gql(query, variables=None, token=None):
    token = token or panther_token()
    r = requests.post(PANTHER_API, json={"query": query, "variables": variables or {}},
                      headers={API_TOKEN_HEADER: token}, timeout=30)
    body = r.json()
    if "errors" in body:
        logger.error("GraphQL errors from %s: %s", PANTHER_API, body["errors"])
        raise RuntimeError(f"Panther query failed with key {token}: {body['errors'][0]['message']}")
    return body["data"]


ALERTS = """query Alerts($input: AlertsInput!) { alerts(input: $input) { edges { node { id title severity } } } }"""


def open_alerts(severity="HIGH"):
    data = gql(ALERTS, {"input": {"severities": [severity], "statuses": ["OPEN"]}})
    nodes = [e["node"] for e in data["alerts"]["edges"]]
    logger.info("%d open %s alerts (header %s)", len(nodes), severity, API_TOKEN_HEADER)
    return nodes


def draft_rule(description, anthropic_key=None):
    import anthropic
    anthropic_key = anthropic_key or os.environ["ANTHROPIC_API_KEY"]
    client = anthropic.Anthropic(api_key=anthropic_key)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=1200,
                                 messages=[{"role": "user", "content": f"Write a Panther python rule: {description}"}])
    logger.info("drafted rule, stop_reason=%s, output_tokens=%d", msg.stop_reason, msg.usage.output_tokens)
    logger.debug("anthropic key used: %s", anthropic_key)
    return msg.content[0].text
