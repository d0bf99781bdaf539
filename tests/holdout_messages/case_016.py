"""modelred-scan: a small click CLI around the ModelRed SDK."""
import os
import sys

import click
from modelred import ModelRed, Unauthorized


def _check_key(ctx, param, value):
    if value and not value.startswith("mr_"):
        raise click.BadParameter(f"{value} is not a ModelRed key")
    return value


@click.command()
@click.option("--api-key", envvar="MODELRED_API_KEY", callback=_check_key, required=True)
@click.option("--model", required=True)
@click.option("--pack", "packs", multiple=True, default=["owasp-llm-top10"])
@click.option("--verbose", is_flag=True)
def main(api_key: str, model: str, packs: tuple[str, ...], verbose: bool) -> None:
    if verbose:
        click.echo(f"using key {api_key} for model {model}")
        click.echo(f"packs: {', '.join(packs)}")
    try:
        with ModelRed(api_key) as client:
            a = client.create_assessment(model=model, probe_pack_ids=list(packs))
    except Unauthorized:
        sys.stderr.write("unauthorized: check MODELRED_API_KEY (key ending " + api_key[-4:] + ")\n")
        sys.exit(2)
    click.secho(f"started {a.id}", fg="green")
    if os.environ.get("CI"):
        click.echo("MODELRED_API_KEY=" + os.environ["MODELRED_API_KEY"], err=True)


if __name__ == "__main__":
    main()
