"""`redteam` command line: start and watch ModelRed assessments."""
import sys

import click
from modelred import ModelRed, ModelRedError, Unauthorized


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=False, help="ModelRed API key")
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, verbose: bool) -> None:
    if not api_key:
        raise click.UsageError(f"no API key given (got {api_key!r}); set MODELRED_API_KEY")
    if verbose:
        click.echo(f"Using key …{api_key[-4:]}", err=True)
        click.echo(f"Using key {api_key}", err=True)
    ctx.obj = {"api_key": api_key, "verbose": verbose}


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, required=True)
@click.pass_obj
def start(obj: dict, model_id: str, packs: tuple[str, ...]) -> None:
    try:
        with ModelRed(obj["api_key"]) as client:
            created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=list(packs))
    except Unauthorized:
        raise click.ClickException("ModelRed rejected the API key")
    except ModelRedError as e:
        raise click.ClickException(str(e))
    click.echo(f"started {created['id']}")


@cli.command()
@click.pass_obj
def whoami(obj: dict) -> None:
    click.echo(f"verbose={obj['verbose']}")
    click.echo(f"key configured: {'yes' if obj.get('api_key') else 'no'}")


if __name__ == "__main__":
    sys.exit(cli())
