"""Export a chat to Markdown or the clipboard, with a request-debug appendix."""
import datetime as dt
import logging
from pathlib import Path

import pyperclip

logger = logging.getLogger("chat.export")


def render(chat: dict) -> str:
    lines = [f"# {chat['title']}", f"_exported {dt.datetime.now():%Y-%m-%d %H:%M}_", ""]
    for msg in chat["messages"]:
        lines.append(f"**{msg['role']}**: {msg['content']}")
    lines.append("")
    lines.append(f"model: {chat['request']['model']}, tokens: {chat['usage']['total_tokens']}")
    return "\n".join(lines)


def export_file(chat: dict, target: Path) -> Path:
    target = target.with_suffix(".md")
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    target.write_text(render(chat), encoding="utf-8")
    logger.info("exported %d messages to %s", len(chat["messages"]), target)
    return target


def export_clipboard(chat: dict) -> None:
    text = render(chat)
    pyperclip.copy(text)
    logger.info("copied %d characters (model %s)", len(text), chat["request"]["model"])


def debug_appendix(chat: dict) -> str:
    req = chat["request"]
    safe = {k: v for k, v in req.items() if k not in ("api_key", "organization")}
    logger.debug("safe request fields: %s", safe)
    return "\n".join(f"- {k}: {v}" for k, v in safe.items())


def reexport(chat: dict, key_override: str | None = None):
    req = dict(chat["request"])
    if key_override:
        if not key_override.startswith("sk-"):
            raise ValueError("override key %s is not an OpenAI key" % key_override)
        req["api_key"] = key_override
        logger.info("re-exporting with override key ending %s", key_override[-4:])
    chat = {**chat, "request": req}
    return export_clipboard(chat)
