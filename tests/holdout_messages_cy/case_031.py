"""redline-cli: compare two contract versions and explain the changes with Grok."""
import difflib
import os
from pathlib import Path

import typer
from openai import OpenAI
from modelred import ModelRedClient, ProviderConfig, ConflictError, ModelRedError

app = typer.Typer(help="Contract redline explainer")
XAI_BASE = "https://api.x.ai/v1"
XAI_ENV = "XAI_API_KEY"


def xai_key(key: str | None) -> str:
    key = key or os.environ.get(XAI_ENV)
    if not key:
        raise typer.BadParameter(f"pass --xai-key or set {XAI_ENV}")
    if not key.startswith("xai-"):
        raise typer.BadParameter(f"not an xAI key: {key}")
    return key


@app.command()
def compare(old: Path, new: Path, xai_key_opt: str = typer.Option(None, "--xai-key"), max_tokens: int = 900, verbose: bool = False):
    key = xai_key(xai_key_opt)
    diff = "\n".join(difflib.unified_diff(old.read_text().splitlines(), new.read_text().splitlines(), lineterm="", n=1))
    if verbose:
        typer.echo(f"diff {len(diff)} chars, max_tokens={max_tokens}, key source={'flag' if xai_key_opt else XAI_ENV}", err=True)
    client = OpenAI(api_key=key, base_url=XAI_BASE)
    try:
        out = client.chat.completions.create(model="grok-2-latest", max_tokens=max_tokens, messages=[{"role": "user", "content": "Explain these contract changes for a partner:\n" + diff}])
    except Exception as exc:
        typer.echo(f"Grok request failed ({type(exc).__name__}) using key {key}", err=True)
        raise typer.Exit(1)
    typer.echo(out.choices[0].message.content)
    typer.echo(f"[{out.usage.total_tokens} tokens]", err=True)


@app.command()
def register(xai_key_opt: str = typer.Option(None, "--xai-key")):
    key = xai_key(xai_key_opt)
    mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        mr.create_model(modelId="redline-explainer", provider="grok", displayName="Redline explainer", providerConfig=ProviderConfig.grok(api_key=key, model_name="grok-2-latest"))
    except ConflictError:
        typer.echo("already registered")
        return
    except ModelRedError as exc:
        typer.echo(f"registration failed: {type(exc).__name__}", err=True)
        raise typer.Exit(2)
    typer.echo("registered redline-explainer")


if __name__ == "__main__":
    app()
