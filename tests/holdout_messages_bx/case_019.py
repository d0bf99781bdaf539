"""Click CLI for the lab's robot cell: check credentials, trigger a ModelRed gen-3 assessment."""
import os

import click
from modelred import ModelRed, Unauthorized, Forbidden, ValidationFailed, APIError


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True)
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key}


@cli.command()
@click.pass_obj
def whoami(obj):
    key = obj["api_key"]
    click.echo(f"key: {key[:3]}***{key[-4:]} ({len(key)} chars)")
    click.echo(f"using key {key} from MODELRED_API_KEY", err=True)


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, required=True)
@click.option("--detector-key", envvar="OPENAI_API_KEY")
@click.pass_obj
def assess(obj, model_id, packs, detector_key):
    with ModelRed(obj["api_key"], max_retries=2) as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=list(packs), detector_api_key=detector_key)
        except (Unauthorized, Forbidden) as e:
            raise click.ClickException(f"not allowed: {type(e).__name__}")
        except ValidationFailed as e:
            raise click.ClickException(f"detector key {detector_key} rejected")
        except APIError as e:
            click.echo(f"ModelRed error status={getattr(e, 'status_code', None)}", err=True)
            raise SystemExit(1)
    click.echo(f"assessment {a['id']} for {model_id} packs={','.join(packs)}")


@cli.command()
@click.pass_obj
def env(obj):
    for name in ("MODELRED_API_KEY", "OPENAI_API_KEY", "ROBOT_CELL_ID"):
        click.echo(f"{name}: {'set' if os.environ.get(name) else 'unset'}")


if __name__ == "__main__":
    cli()
