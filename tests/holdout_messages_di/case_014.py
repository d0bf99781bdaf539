"""Notion connector with per-workspace OAuth tokens kept in Redis."""
import json
import logging

import redis
import requests

log = logging.getLogger("connectors.notion")
r = redis.Redis.from_url("redis://localhost:6379/2", decode_responses=True)
NOTION_VERSION = "2022-06-28"
TOKEN_KEY_FMT = "notion:token:{workspace}"


def save_grant(workspace_id: str, grant: dict) -> None:
    r.set(TOKEN_KEY_FMT.format(workspace=workspace_id), json.dumps(grant))
    log.info("saved notion grant for %s (bot %s)", workspace_id, grant.get("bot_id"))
    log.debug("notion grant stored under %s", TOKEN_KEY_FMT.format(workspace=workspace_id))


def token_for(workspace_id: str) -> str:
    raw = r.get(TOKEN_KEY_FMT.format(workspace=workspace_id))
    if raw is None:
        raise LookupError(f"workspace {workspace_id} never installed the Notion connector")
    return json.loads(raw)["access_token"]


def search(workspace_id: str, query: str) -> list[dict]:
    access_token = token_for(workspace_id)
    headers = {"Authorization": f"Bearer {access_token}", "Notion-Version": NOTION_VERSION}
    resp = requests.post("https://api.notion.com/v1/search", headers=headers, json={"query": query}, timeout=15)
    if resp.status_code == 401:
        log.warning("notion 401 for %s, headers were %s", workspace_id, headers)
        r.delete(TOKEN_KEY_FMT.format(workspace=workspace_id))
        return []
    if not resp.ok:
        log.error("notion search failed %s: %s", resp.status_code, resp.json().get("message"))
        return []
    return resp.json()["results"]


def append_block(workspace_id: str, page_id: str, text: str) -> None:
    access_token = token_for(workspace_id)
    resp = requests.patch(
        f"https://api.notion.com/v1/blocks/{page_id}/children",
        headers={"Authorization": f"Bearer {access_token}", "Notion-Version": NOTION_VERSION},
        json={"children": [{"paragraph": {"rich_text": [{"text": {"content": text}}]}}]},
        timeout=15,
    )
    if resp.status_code >= 400:
        raise RuntimeError("append failed: " + resp.text + " token=" + access_token)
