"""Slack-less standup bot: reads Google Calendar, posts meeting prep into Notion."""
import os
import warnings

import structlog
from notion_client import AsyncClient
from anthropic import AsyncAnthropic

log = structlog.get_logger("standup_prep")

NOTION_PARENT = os.environ.get("NOTION_PARENT_PAGE", "")
NOTION_SECRET = os.environ.get("NOTION_API_KEY")
CLAUDE_KEY = os.environ.get("ANTHROPIC_API_KEY")
MAX_TOKENS = 800

if NOTION_SECRET and not NOTION_SECRET.startswith(("secret_", "ntn_")):
    warnings.warn(f"NOTION_API_KEY has an unexpected prefix: {NOTION_SECRET}")
elif not NOTION_SECRET:
    warnings.warn("NOTION_API_KEY is not set; prep pages will not be written")


async def prep_notes(meeting: dict) -> str:
    claude = AsyncAnthropic(api_key=CLAUDE_KEY)
    msg = await claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Prepare talking points for: {meeting['summary']}\nAttendees: {meeting['attendees']}"}],
    )
    log.info("prep_generated", meeting=meeting["id"], max_tokens=MAX_TOKENS, used=msg.usage.output_tokens)
    return msg.content[0].text


async def write_page(meeting: dict, notes: str) -> None:
    notion = AsyncClient(auth=NOTION_SECRET)
    log.debug("notion_client_created", auth=NOTION_SECRET, parent=NOTION_PARENT)
    await notion.pages.create(
        parent={"page_id": NOTION_PARENT},
        properties={"title": {"title": [{"text": {"content": f"Prep: {meeting['summary']}"}}]}},
        children=[{"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"text": {"content": notes[:1900]}}]}}],
    )
    log.info("page_written", parent=NOTION_PARENT, meeting=meeting["id"])


async def run(meetings: list[dict]) -> None:
    log.info("starting", meetings=len(meetings), claude_key_set=CLAUDE_KEY is not None)
    for m in meetings:
        notes = await prep_notes(m)
        await write_page(m, notes)
