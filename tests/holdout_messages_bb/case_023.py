"""cryoupload: push cryo-EM movies from the microscope PC to the facility store."""
import os
import pathlib

import click
import requests

API = os.environ.get("CRYO_STORE_API", "https://cryo-store.facility.example.org/api/v1")


@click.group()
@click.option("--token", envvar="CRYO_STORE_TOKEN", required=True, help="Facility upload token.")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, token, verbose):
    ctx.obj = {"token": token, "verbose": verbose}
    if verbose:
        click.echo(f"API {API}; token ...{token[-4:]}", err=True)


@cli.command()
@click.argument("session_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--grid", required=True)
@click.pass_obj
def upload(obj, session_dir, grid):
    token = obj["token"]
    movies = sorted(pathlib.Path(session_dir).glob("*.tiff"))
    click.echo(f"{len(movies)} movies for grid {grid}")
    headers = {"Authorization": f"Bearer {token}"}
    r = requests.post(f"{API}/sessions", json={"grid": grid, "n_movies": len(movies)}, headers=headers, timeout=30)
    if r.status_code == 401:
        click.echo(f"upload token rejected: {token}", err=True)
        raise SystemExit(2)
    r.raise_for_status()
    session_id = r.json()["id"]
    with click.progressbar(movies, label="uploading") as bar:
        for m in bar:
            with m.open("rb") as fh:
                resp = requests.put(f"{API}/sessions/{session_id}/movies/{m.name}", data=fh, headers=headers, timeout=900)
            if resp.status_code >= 400:
                click.echo(f"{m.name}: {resp.status_code} {resp.text[:120]}", err=True)
    click.echo(f"session {session_id} complete")


@cli.command()
@click.pass_obj
def whoami(obj):
    r = requests.get(f"{API}/whoami", headers={"Authorization": f"Bearer {obj['token']}"}, timeout=10)
    info = r.json()
    click.echo(f"{info['user']} ({info['facility']}), token scopes: {', '.join(info['scopes'])}")


if __name__ == "__main__":
    cli()
