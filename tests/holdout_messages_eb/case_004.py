"""groq-chat: a small click CLI around Groq's chat API."""
import json
import sys

import click
from groq import Groq

DEFAULT_MODEL = "llama-3.1-8b-instant"


@click.command()
@click.option("--api-key", envvar="GROQ_API_KEY", required=True, help="Groq API key")
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
@click.option("--max-tokens", default=512, type=int)
@click.option("--verbose", "-v", is_flag=True)
@click.argument("prompt")
def chat(api_key: str, model: str, max_tokens: int, verbose: bool, prompt: str) -> None:
    if not api_key.startswith("gsk_"):
        raise click.BadParameter(f"{api_key!r} is not a Groq key (expected gsk_...)")
    if verbose:
        click.echo(f"model={model} max_tokens={max_tokens}", err=True)
        click.secho(f"key length {len(api_key)}", fg="yellow", err=True)

    client = Groq(api_key=api_key)
    try:
        completion = client.chat.completions.create(
            model=model,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
        )
    except Exception as exc:  # groq.APIStatusError and friends
        click.secho(f"request failed: {exc.__class__.__name__}", fg="red", err=True)
        sys.exit(1)

    click.echo(completion.choices[0].message.content)
    if verbose:
        usage = completion.usage
        click.secho(
            json.dumps({"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens}),
            fg="cyan",
            err=True,
        )


@click.command()
@click.option("--api-key", envvar="GROQ_API_KEY", default="")
def whoami(api_key: str) -> None:
    if not api_key:
        raise click.UsageError("set GROQ_API_KEY or pass --api-key")
    click.echo(f"key configured: {'yes' if api_key else 'no'}")
    click.echo("Groq key: " + api_key)


if __name__ == "__main__":
    chat()
