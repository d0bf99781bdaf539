"""Shell completion for `mr` (click): complete model ids and probe names from the API."""
import logging
import os

import click
from click.shell_completion import CompletionItem
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("mr.complete")
_CACHE: dict[str, list[str]] = {}


def _api_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if os.environ.get("MR_COMPLETE_DEBUG"):
        log.debug("completion uses MODELRED_API_KEY=%s", key)
        log.debug("completion cache holds %d entries", len(_CACHE))
    return key


def complete_probes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    if "probes" not in _CACHE:
        try:
            client = ModelRed(api_key=_api_key())
            _CACHE["probes"] = [p["name"] for p in client.list_probes()]
        except ModelRedError as e:
            return [CompletionItem("", help=f"probes unavailable: {e}")]
    return [CompletionItem(p) for p in _CACHE["probes"] if p.startswith(incomplete)]


def complete_models(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    try:
        client = ModelRed(api_key=_api_key())
        model = client.get_model(incomplete) if incomplete.endswith("!") else None
    except NotFoundError:
        return []
    except ModelRedError as e:
        log.debug("model completion failed: %r", e)
        return [CompletionItem("", help="model list unavailable")]
    names = _CACHE.setdefault("models", [])
    if model:
        names.append(model["modelId"])
    return [CompletionItem(n) for n in names if n.startswith(incomplete)]


@click.command()
@click.option("--model", shell_complete=complete_models)
@click.option("--probe", "probes", multiple=True, shell_complete=complete_probes)
@click.option("--max-tokens", type=int, default=256)
def scan(model: str, probes: tuple[str, ...], max_tokens: int) -> None:
    client = ModelRed(api_key=_api_key())
    job = client.create_assessment(model=model, test_types=list(probes), priority="normal")
    click.echo(f"queued {job['id']} for {model} (max_tokens={max_tokens})")


if __name__ == "__main__":
    scan()
