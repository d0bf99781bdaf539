"""DroneDeploy export fetcher: orthomosaics for the plant-count model (plain functions)."""
import json
import logging
import os
import pathlib

import requests

dd_log = logging.getLogger("dronedeploy")
DD_GRAPHQL = "https://www.dronedeploy.com/graphql"
TOKEN_FILE = pathlib.Path("~/.config/dronedeploy/token.json").expanduser()

QUERY = """
query Plans($first: Int!) { viewer { organization { plans(first: $first) { edges { node { id name imagery { id } } } } } } }
"""


def load_token() -> dict:
    data = json.loads(TOKEN_FILE.read_text())
    dd_log.info("token file %s, owner %s, created %s", TOKEN_FILE, data.get("owner"), data.get("created"))
    return data


def graphql(token: str, query: str, variables: dict) -> dict:
    r = requests.post(DD_GRAPHQL, json={"query": query, "variables": variables}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    if r.status_code == 401:
        dd_log.error("DroneDeploy token rejected: %s", token)
        raise PermissionError("DroneDeploy token rejected")
    r.raise_for_status()
    body = r.json()
    if body.get("errors"):
        dd_log.error("graphql errors: %s", body["errors"])
    return body["data"]


def plans(first: int = 50) -> list:
    tok = load_token()["api_token"]
    data = graphql(tok, QUERY, {"first": first})
    edges = data["viewer"]["organization"]["plans"]["edges"]
    dd_log.info("%d plans", len(edges))
    return [e["node"] for e in edges]


def write_manifest(out="plans.json"):
    items = plans()
    with open(out, "w") as fh:
        json.dump(items, fh, indent=2)
    dd_log.info("wrote %s with %d plans", out, len(items))
    return out


if __name__ == "__main__":
    meta = load_token()
    print({k: v for k, v in meta.items() if k != "api_token"})
    write_manifest()
