"""`llm-cli`: a typer app whose options fall back to env vars and a TOML profile file."""
import tomllib
from pathlib import Path
from typing import Optional

import typer
from together import Together

app = typer.Typer(help="Small helper around Together AI.")
PROFILE_FILE = Path.home() / ".llm-cli.toml"


def profile(name: str) -> dict:
    if not PROFILE_FILE.exists():
        return {}
    with PROFILE_FILE.open("rb") as fh:
        return tomllib.load(fh).get("profiles", {}).get(name, {})


@app.command()
def chat(
    prompt: str,
    api_key: Optional[str] = typer.Option(None, envvar="TOGETHER_API_KEY", help="Together API key"),
    model: str = typer.Option("meta-llama/Llama-3.3-70B-Instruct-Turbo", envvar="TOGETHER_MODEL"),
    profile_name: str = typer.Option("default", "--profile"),
    max_tokens: int = typer.Option(512, envvar="TOGETHER_MAX_TOKENS"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    prof = profile(profile_name)
    api_key = api_key or prof.get("api_key")
    if not api_key:
        typer.echo(f"no key: set TOGETHER_API_KEY or api_key in [profiles.{profile_name}] of {PROFILE_FILE}", err=True)
        raise typer.Exit(code=2)
    if len(api_key) != 64:
        raise typer.BadParameter(f"Together keys are 64 hex chars; got {api_key}")
    if verbose:
        typer.echo(f"profile={profile_name} model={model} max_tokens={max_tokens}", err=True)
        typer.echo(f"key={api_key}", err=True)
    client = Together(api_key=api_key)
    resp = client.chat.completions.create(
        model=model, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}]
    )
    typer.echo(resp.choices[0].message.content)
    if verbose:
        typer.echo(f"tokens: {resp.usage.prompt_tokens}+{resp.usage.completion_tokens}", err=True)


@app.command("show-profile")
def show_profile(name: str = "default") -> None:
    prof = profile(name)
    shown = {k: ("<hidden>" if "key" in k else v) for k, v in prof.items()}
    typer.echo(f"{name}: {shown}")


if __name__ == "__main__":
    app()
