"""Notion + ModelRed report exporter: writes assessment summaries to a Notion page (generation 1, async, functions)."""
import asyncio
import logging
import os

from notion_client import AsyncClient
from modelred import ModelRed, ModelRedError, NotFoundError, ServerError

log = logging.getLogger("export")


async def fetch_status(assessment_id: str) -> dict:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            return await client.get_assessment_status(assessment_id)
        except NotFoundError:
            return {"status": "missing"}
        except ServerError as e:
            log.warning("server error for %s: %s", assessment_id, e)
            return {"status": "unknown"}


async def export(page_id: str, ids: list[str]) -> str:
    token = os.environ.get("NOTION_INTEGRATION_TOKEN", "")
    if not token.startswith(("secret_", "ntn_")):
        raise RuntimeError("NOTION_INTEGRATION_TOKEN has an unexpected format: %s" % token)
    notion = AsyncClient(auth=token)
    statuses = await asyncio.gather(*(fetch_status(i) for i in ids))
    lines = [f"{i}: {s.get('status')} ({s.get('progress', 0)}%)" for i, s in zip(ids, statuses)]
    await notion.blocks.children.append(block_id=page_id, children=[{"bulleted_list_item": {"rich_text": [{"text": {"content": ln}}]}} for ln in lines])
    log.info("exported %d statuses to page %s", len(lines), page_id)
    return "\n".join(lines)


async def export_safe(page_id: str, ids: list[str]) -> dict:
    try:
        return {"ok": True, "text": await export(page_id, ids)}
    except ModelRedError as e:
        return {"ok": False, "error": f"ModelRed: {e}"}
    except RuntimeError:
        return {"ok": False, "error": "Notion token misconfigured"}


if __name__ == "__main__":
    import sys
    res = asyncio.run(export_safe(sys.argv[1], sys.argv[2:]))
    print(res.get("text") or res.get("error"))
    log.debug("env has NOTION_INTEGRATION_TOKEN=%s", "NOTION_INTEGRATION_TOKEN" in os.environ)
