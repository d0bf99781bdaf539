"""Typer CLI to manage the team's LLM keys stored in the OS keyring."""
import hashlib

import keyring
import typer

app = typer.Typer()
SERVICE = "acme-llm"


def _fp(value):
    return hashlib.sha256(value.encode()).hexdigest()[:10]


@app.command()
def set_key(provider: str, key: str = typer.Option(..., prompt=True, hide_input=True)):
    if len(key) < 20:
        typer.echo(f"refusing to store {provider} key: {key} is too short", err=True)
        raise typer.Exit(1)
    keyring.set_password(SERVICE, provider, key)
    typer.echo(f"stored {provider} key (fingerprint {_fp(key)})")


@app.command()
def show(provider: str, reveal: bool = False):
    key = keyring.get_password(SERVICE, provider)
    if key is None:
        typer.echo(f"no key stored for {provider}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{provider}: {key[:4]}{'*' * 8} ({len(key)} chars, fp {_fp(key)})")


@app.command()
def check(provider: str):
    key = keyring.get_password(SERVICE, provider)
    if not key:
        typer.echo(f"{provider}: missing ({key!r})")
        return
    import httpx
    r = httpx.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"})
    typer.echo(f"{provider}: HTTP {r.status_code}")
    if r.status_code == 401:
        typer.secho(f"{provider} key {key} is no longer valid", fg="red")
        raise typer.Exit(2)


if __name__ == "__main__":
    app()
