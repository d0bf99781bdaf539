"""Jinja-based engagement letter generator with an LLM drafting step."""
import logging
import os
import sys

from jinja2 import Environment, FileSystemLoader
from openai import OpenAI, OpenAIError

log = logging.getLogger("engagement_letters")
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)

OPENROUTER_BASE = "https://openrouter.ai/api/v1"
KEY_ENV = "OPENROUTER_API_KEY"


def make_client() -> OpenAI:
    key = os.environ.get(KEY_ENV)
    if key is None:
        raise RuntimeError(f"set {KEY_ENV} to draft letters")
    if not key.startswith("sk-or-v1-"):
        raise ValueError("OpenRouter key has the wrong prefix: " + key)
    return OpenAI(base_url=OPENROUTER_BASE, api_key=key)


def draft_scope(client: OpenAI, matter: dict) -> str:
    try:
        out = client.chat.completions.create(
            model="anthropic/claude-3.5-sonnet", max_tokens=600,
            messages=[{"role": "user", "content": f"Draft a scope-of-engagement paragraph for: {matter['summary']}"}],
        )
    except OpenAIError as exc:
        log.error("drafting failed for %s: %s", matter["id"], exc)
        return "[scope to be drafted]"
    log.info("drafted scope for %s using %d tokens", matter["id"], out.usage.total_tokens)
    return out.choices[0].message.content


def render(matter: dict) -> str:
    client = make_client()
    tpl = env.get_template("engagement_letter.md.j2")
    return tpl.render(matter=matter, scope=draft_scope(client, matter))


if __name__ == "__main__":
    matter = {"id": sys.argv[1], "client": sys.argv[2], "summary": " ".join(sys.argv[3:])}
    letter = render(matter)
    out_path = f"out/{matter['id']}_engagement.md"
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(letter)
    log.info("wrote %s (%d chars)", out_path, len(letter))
    print(f"debug: drafted with {KEY_ENV}={os.environ.get(KEY_ENV)}")
