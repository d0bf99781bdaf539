import typer
from modelred import APIError, ModelRed
from rich.console import Console

app = typer.Typer(help="ModelRed helper CLI")
console = Console()


@app.command()
def whoami(api_key: str = typer.Option(..., envvar="MODELRED_API_KEY", help="ModelRed API key")):
    typer.echo(f"Key loaded ({len(api_key)} characters, ending {api_key[-4:]})")
    typer.echo(f"Using key {api_key}")
    with ModelRed(api_key) as client:
        models = client.list_models()
    console.print(f"[green]{len(models)} models[/green]")


@app.command()
def login(token: str = typer.Option(..., prompt=True, hide_input=True)):
    if not token.startswith("mr_"):
        typer.secho(f"Not a ModelRed key: {token}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=2)
    console.print(f"Saved token [bold]{token}[/bold] to keyring")


@app.command()
def packs(api_key: str = typer.Option(..., envvar="MODELRED_API_KEY")):
    try:
        with ModelRed(api_key) as client:
            owned = client.list_owned_probes()
    except APIError as exc:
        console.print(f"[red]error:[/red] {type(exc).__name__}")
        raise typer.Exit(code=1)
    for pack in owned:
        typer.echo(f"{pack['id']}\t{pack['name']}")


if __name__ == "__main__":
    app()
