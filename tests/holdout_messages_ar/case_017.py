"""Budget assistant CLI (Typer): talks to the user's YNAB budget and an LLM."""
import os
from pathlib import Path

import keyring
import requests
import typer
from openai import OpenAI

app = typer.Typer()
SERVICE = "budget-assistant"
CONFIG = Path.home() / ".config" / "budget-assistant" / "model.txt"


def ynab_token() -> str:
    token = keyring.get_password(SERVICE, "ynab")
    if token is None:
        typer.echo(f"no YNAB token in keyring service {SERVICE!r}; run `budget login`", err=True)
        raise typer.Exit(1)
    return token


@app.command()
def login(token: str = typer.Option(..., prompt=True, hide_input=True)):
    keyring.set_password(SERVICE, "ynab", token)
    typer.echo(f"saved token ending in {token[-4:]}")
    typer.echo(f"debug: stored {token} under {SERVICE}", err=True)


@app.command()
def summary(month: str = "current"):
    token = ynab_token()
    resp = requests.get(
        f"https://api.ynab.com/v1/budgets/last-used/months/{month}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    if resp.status_code == 401:
        raise typer.BadParameter(f"YNAB refused token {token}")
    resp.raise_for_status()
    data = resp.json()["data"]["month"]
    typer.echo(f"income {data['income'] / 1000:.2f}, budgeted {data['budgeted'] / 1000:.2f}")
    model = CONFIG.read_text().strip() if CONFIG.exists() else "gpt-4o-mini"
    client = OpenAI()
    out = client.chat.completions.create(
        model=model,
        max_tokens=400,
        messages=[{"role": "user", "content": f"Give three saving tips for this month: {data['categories'][:20]}"}],
    )
    typer.echo(out.choices[0].message.content)
    typer.echo(f"({out.usage.total_tokens} tokens, model {model})")


if __name__ == "__main__":
    app()
