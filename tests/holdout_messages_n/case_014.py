"""click group for managing per-project keys of the eval harness."""
import click
import keyring

SERVICE = "evalh"


@click.group()
@click.option("--project", default="default", show_default=True)
@click.option("--api-key", envvar="EVALH_OPENAI_KEY", required=False, help="OpenAI key for the judge")
@click.pass_context
def cli(ctx, project, api_key):
    ctx.ensure_object(dict)
    ctx.obj["project"] = project
    ctx.obj["region"] = "eu-west-1"
    ctx.obj["api_key"] = api_key or keyring.get_password(SERVICE, project)


@cli.command()
@click.pass_context
def status(ctx):
    click.echo(f"project: {ctx.obj['project']}")
    click.echo(f"region:  {ctx.obj['region']}")
    key = ctx.obj["api_key"]
    click.echo(f"key:     {'set' if key else 'missing'}")
    click.echo(f"context: {ctx.obj}", err=True)


@cli.command()
@click.argument("new_key")
@click.pass_context
def store(ctx, new_key):
    if not new_key.startswith("sk-"):
        raise click.BadParameter(f"{new_key!r} is not an OpenAI key", param_hint="NEW_KEY")
    keyring.set_password(SERVICE, ctx.obj["project"], new_key)
    click.secho(f"stored key ...{new_key[-4:]} for {ctx.obj['project']}", fg="green")


@cli.command()
@click.pass_context
def forget(ctx):
    old = keyring.get_password(SERVICE, ctx.obj["project"])
    if old is None:
        click.echo("nothing stored")
        return
    keyring.delete_password(SERVICE, ctx.obj["project"])
    click.echo(f"removed key for {ctx.obj['project']} ({len(old)} chars)")


if __name__ == "__main__":
    cli(obj={})
