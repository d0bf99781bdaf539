"""gpu: a tiny CLI to start, list and stop RunPod GPU pods for eval jobs."""
import json
import os
from pathlib import Path

import click
import requests

API = "https://rest.runpod.io/v1"
CONF = Path.home() / ".config" / "gpu" / "config.json"


def load_key() -> str:
    if os.environ.get("RUNPOD_API_KEY"):
        return os.environ["RUNPOD_API_KEY"]
    return json.loads(CONF.read_text())["api_key"]


def session(key: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    return s


@click.group()
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {"key": load_key(), "verbose": verbose}
    if verbose:
        click.echo(f"config file: {CONF}", err=True)
        click.echo(f"api key: {ctx.obj['key']}", err=True)


@cli.command()
@click.option("--gpu", default="NVIDIA A100 80GB PCIe")
@click.option("--image", default="runpod/pytorch:2.2.0-py3.10-cuda12.1.1-devel-ubuntu22.04")
@click.pass_obj
def start(obj, gpu, image):
    body = {"name": "eval", "imageName": image, "gpuTypeIds": [gpu], "gpuCount": 1,
            "env": {"HF_TOKEN": os.environ.get("HF_TOKEN", ""), "OPENAI_API_KEY": os.environ.get("OPENAI_API_KEY", "")}}
    resp = session(obj["key"]).post(f"{API}/pods", json=body, timeout=30)
    if obj["verbose"]:
        click.echo(f"request body: {json.dumps(body)}", err=True)
    resp.raise_for_status()
    pod = resp.json()
    click.echo(f"pod {pod['id']} on {gpu}, ${pod.get('costPerHr', '?')}/hr")


@cli.command("ls")
@click.pass_obj
def list_pods(obj):
    resp = session(obj["key"]).get(f"{API}/pods", timeout=30)
    click.echo(f"HTTP {resp.status_code}", err=True)
    for pod in resp.json():
        click.echo(f"{pod['id']}  {pod['desiredStatus']:<10} {pod.get('gpu', {}).get('displayName', '')}")


@cli.command()
@click.argument("pod_id")
@click.pass_obj
def stop(obj, pod_id):
    resp = session(obj["key"]).post(f"{API}/pods/{pod_id}/stop", timeout=30)
    click.echo(f"stop {pod_id}: {resp.status_code}")


if __name__ == "__main__":
    cli()
