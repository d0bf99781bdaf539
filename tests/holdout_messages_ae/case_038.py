"""commit-msg hook: lint the commit message with an LLM (async OpenAI client)."""
from __future__ import annotations

import asyncio
import logging
import os
import sys

import click
import openai
from openai import AsyncOpenAI

log = logging.getLogger("commitlint_llm")
RULES = "Conventional commits; imperative mood; subject under 72 chars."


async def lint(message: str, key: str, model: str) -> tuple[bool, str]:
    client = AsyncOpenAI(api_key=key, timeout=20)
    try:
        resp = await client.chat.completions.create(
            model=model, max_tokens=120, temperature=0,
            messages=[{"role": "system", "content": f"Check the commit message. {RULES} Answer PASS or FAIL: reason."},
                      {"role": "user", "content": message}],
        )
    except openai.AuthenticationError as exc:
        log.error("openai rejected the key: %s", exc)
        raise click.UsageError(f"OPENAI_API_KEY={key} was rejected by OpenAI")
    except openai.APIConnectionError as exc:
        log.warning("offline? %s", exc)
        return True, "skipped (offline)"
    answer = resp.choices[0].message.content.strip()
    log.info("model=%s tokens=%s", resp.model, resp.usage.total_tokens)
    return answer.upper().startswith("PASS"), answer


@click.command()
@click.argument("msg_file", type=click.Path(exists=True))
@click.option("--model", default="gpt-4o-mini", envvar="COMMITLINT_MODEL")
@click.option("--key", envvar="OPENAI_API_KEY", default="")
def main(msg_file: str, model: str, key: str) -> None:
    logging.basicConfig(level=logging.INFO if os.environ.get("COMMITLINT_VERBOSE") else logging.WARNING)
    if not key:
        click.echo("commitlint-llm: no OPENAI_API_KEY, skipping", err=True)
        return
    log.info("linting with %s (key %s)", model, key)
    message = open(msg_file, encoding="utf-8").read()
    ok, reason = asyncio.run(lint(message, key, model))
    if not ok:
        click.echo(f"commit message rejected: {reason}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
