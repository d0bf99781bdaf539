"""`texsum`: summarise a LaTeX paper's sections from the command line (click)."""
import os
import re
from pathlib import Path

import click
from mistralai import Mistral

SECTION = re.compile(r"\\section\{([^}]*)\}")
KEY_ENV = "MISTRAL_API_KEY"


def split_sections(tex: str) -> list[tuple[str, str]]:
    parts = SECTION.split(tex)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


@click.command()
@click.argument("tex_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--api-key", envvar=KEY_ENV, help=f"Mistral key (default: ${KEY_ENV})")
@click.option("--max-tokens", default=200, show_default=True)
@click.option("--show-config", is_flag=True)
def main(tex_file: str, api_key: str | None, max_tokens: int, show_config: bool) -> None:
    if not api_key:
        raise click.UsageError(f"no key: pass --api-key or set {KEY_ENV}")
    if show_config:
        click.echo(f"file={tex_file} max_tokens={max_tokens}")
        click.echo(f"api_key={api_key}", err=True)
    if len(api_key) < 20:
        raise click.BadParameter(f"{api_key!r} is too short to be a Mistral key", param_hint="--api-key")
    client = Mistral(api_key=api_key)
    tex = Path(tex_file).read_text(encoding="utf-8")
    for title, body in split_sections(tex):
        resp = client.chat.complete(
            model="mistral-small-latest",
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": f"Summarise the section '{title}' in two sentences:\n{body[:6000]}"}],
        )
        click.secho(title, bold=True)
        click.echo(resp.choices[0].message.content)
        click.echo(f"  ({resp.usage.total_tokens} tokens)", err=True)


if __name__ == "__main__":
    main()
