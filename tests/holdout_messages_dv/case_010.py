"""`transcribe` command: Groq Whisper through click, options fall back to environment variables."""
import pathlib

import click
from groq import Groq

KEY_ENVVAR = "GROQ_API_KEY"


@click.command()
@click.argument("audio", type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--api-key", envvar=KEY_ENVVAR, required=True, help="Groq API key.")
@click.option("--model", envvar="GROQ_WHISPER_MODEL", default="whisper-large-v3", show_default=True)
@click.option("--language", default=None)
@click.option("--show-config", is_flag=True, help="Print the resolved configuration.")
def transcribe(audio: pathlib.Path, api_key: str, model: str, language: str | None, show_config: bool) -> None:
    if not api_key.startswith("gsk_"):
        raise click.BadParameter(f"{api_key} is not a Groq key (expected gsk_...)", param_hint="--api-key")
    if show_config:
        click.echo(f"model:    {model}")
        click.echo(f"language: {language or 'auto'}")
        click.echo(f"api key:  {api_key}")
        click.echo(f"key var:  {KEY_ENVVAR} ({len(api_key)} chars)")
    client = Groq(api_key=api_key)
    with audio.open("rb") as fh:
        result = client.audio.transcriptions.create(
            file=(audio.name, fh.read()),
            model=model,
            language=language,
            response_format="verbose_json",
        )
    out = audio.with_suffix(".txt")
    out.write_text(result.text, encoding="utf-8")
    click.echo(f"wrote {out} ({result.duration:.1f} s of audio)", err=True)


@click.command("whoami")
@click.option("--api-key", envvar=KEY_ENVVAR, required=True)
def whoami(api_key: str) -> None:
    client = Groq(api_key=api_key)
    models = client.models.list()
    click.echo(f"key ...{api_key[-4:]} can see {len(models.data)} models")


@click.group()
def cli() -> None:
    """Groq audio helpers."""


cli.add_command(transcribe)
cli.add_command(whoami)

if __name__ == "__main__":
    cli()
