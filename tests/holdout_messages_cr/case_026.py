"""Slot-coordination assistant: IATA SSIM schedule diff explained by an LLM, posted to Slack."""
import logging
import os
import sys

from openai import OpenAI
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

slot_log = logging.getLogger("slots")

SLACK_CHANNEL = os.getenv("SLOTS_CHANNEL", "#slot-coordination")


def read_ssim(path: str) -> list[str]:
    with open(path, encoding="ascii", errors="replace") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.startswith("3 ")]


def diff(old: list[str], new: list[str]) -> list[str]:
    old_set = set(old)
    return [ln for ln in new if ln not in old_set]


def explain(changes: list[str], openai_key: str) -> str:
    if not changes:
        return "No schedule changes."
    llm = OpenAI(api_key=openai_key)
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=400,
        messages=[{"role": "user", "content": "Explain these SSIM leg changes for slot coordinators:\n" + "\n".join(changes[:200])}],
    )
    return out.choices[0].message.content


def post(text: str, slack_token: str) -> None:
    try:
        WebClient(token=slack_token).chat_postMessage(channel=SLACK_CHANNEL, text=text)
    except SlackApiError as exc:
        slot_log.error("slack said %s", exc.response["error"])
        raise RuntimeError(f"could not post to {SLACK_CHANNEL} using token {slack_token}") from exc


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: slot_diff.py OLD.ssim NEW.ssim", file=sys.stderr)
        return 2
    slack_token = os.environ.get("SLACK_BOT_TOKEN", "")
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    slot_log.info("slack token present=%s openai key present=%s", bool(slack_token), bool(openai_key))
    changes = diff(read_ssim(argv[1]), read_ssim(argv[2]))
    slot_log.info("%d changed legs", len(changes))
    post(explain(changes, openai_key), slack_token)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
