"""Course content generator CLI (click): builds lesson plans from a syllabus."""
import json
import os
from pathlib import Path

import click
from openai import OpenAI

CONFIG_FILE = Path.home() / ".lessongen" / "config.json"


def read_config() -> dict:
    if CONFIG_FILE.exists():
        return json.loads(CONFIG_FILE.read_text())
    return {}


@click.group()
def cli():
    pass


@cli.command()
@click.option("--show-secrets", is_flag=True)
def config(show_secrets):
    cfg = read_config()
    click.echo(f"config file: {CONFIG_FILE}")
    click.echo(f"fields: {', '.join(sorted(cfg))}")
    if show_secrets:
        click.echo(f"openai_api_key = {cfg.get('openai_api_key')}")
    else:
        key = cfg.get("openai_api_key", "")
        click.echo(f"openai_api_key = ...{key[-4:]}")


@cli.command()
@click.argument("syllabus", type=click.Path(exists=True))
@click.option("--weeks", default=12)
def generate(syllabus, weeks):
    cfg = read_config()
    api_key = cfg.get("openai_api_key") or os.getenv("OPENAI_API_KEY")
    if not api_key:
        raise click.ClickException(f"no API key configured (got {api_key!r}); run `lessongen login`")
    org = cfg.get("organization")
    click.echo(f"using organization {org} and model {cfg.get('model', 'gpt-4o')}", err=True)
    client = OpenAI(api_key=api_key, organization=org)
    text = Path(syllabus).read_text()
    out = client.chat.completions.create(
        model=cfg.get("model", "gpt-4o"),
        messages=[{"role": "user", "content": f"Make a {weeks}-week lesson plan:\n{text}"}],
    )
    Path("lesson_plan.md").write_text(out.choices[0].message.content)
    click.echo("wrote lesson_plan.md")


@cli.command()
@click.option("--key", prompt=True, hide_input=True)
def login(key):
    if not key.startswith("sk-"):
        raise click.BadParameter(f"{key} does not look like an OpenAI key")
    cfg = read_config()
    cfg["openai_api_key"] = key
    CONFIG_FILE.parent.mkdir(parents=True, exist_ok=True)
    CONFIG_FILE.write_text(json.dumps(cfg))
    click.echo("saved")


if __name__ == "__main__":
    cli()
