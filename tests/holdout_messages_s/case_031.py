"""typer CLI: wait for an assessment with the 0.1.3x client and print a summary."""
import os

import typer
from rich.console import Console
from rich.table import Table

from modelred import ModelRed, ModelRedError, NotFoundError, ValidationError

app = typer.Typer(help="ModelRed assessment tools for the security team")
console = Console(stderr=True)


def _key(api_key: str | None) -> str:
    key = api_key or os.environ.get("MODELRED_API_KEY", "")
    if not key:
        typer.secho("no key: pass --api-key or set MODELRED_API_KEY", err=True, fg="red")
        raise typer.Exit(2)
    return key


@app.command()
def wait(assessment_id: str, api_key: str = typer.Option(None, "--api-key"), timeout: int = 30):
    key = _key(api_key)
    client = ModelRed(api_key=key)
    try:
        result = client.wait_for_completion(assessment_id, timeout_minutes=timeout)
    except NotFoundError:
        typer.secho(f"no assessment {assessment_id}", err=True, fg="red")
        raise typer.Exit(1)
    except ValidationError:
        typer.secho(f"ModelRed rejected the request made with key {key}", err=True, fg="red")
        raise typer.Exit(1)
    except ModelRedError as e:
        typer.secho(f"failed: {type(e).__name__}", err=True, fg="red")
        raise typer.Exit(1)
    table = Table("category", "passed", "failed")
    for cat, stats in result.get("categories", {}).items():
        table.add_row(cat, str(stats.get("passed")), str(stats.get("failed")))
    console.print(table)
    console.print(f"score {result.get('score')}, tokens {result.get('usage', {}).get('total_tokens')}")


@app.command()
def doctor(verbose: bool = False):
    """Check that the CLI can reach ModelRed."""
    key = os.environ.get("MODELRED_API_KEY")
    console.print(f"MODELRED_API_KEY set: {key is not None}, length {len(key or '')}")
    if verbose:
        console.log(f"resolved key {key}")
    ModelRed(api_key=key).list_probes()
    console.print("ModelRed reachable")


if __name__ == "__main__":
    app()
