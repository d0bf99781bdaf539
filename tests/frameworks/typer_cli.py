"""mr-ops: a Typer CLI wrapped by the release pipeline (SDK 0.1.3x).

The pipeline passes the model name and test types from the release ticket's fields.
"""

import os
import re
import uuid
from enum import Enum
from typing import List, Optional

import typer
from typing_extensions import Annotated

from modelred import ModelRed, NotFoundError

app = typer.Typer(help="Red-team a release candidate with ModelRed.")

MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


class TestType(str, Enum):
    prompt_injection = "prompt_injection"
    jailbreak = "jailbreak"
    toxicity = "toxicity"
    pii_leakage = "pii_leakage"


def model_name(value: str) -> str:
    if not MODEL_RE.fullmatch(value):
        raise typer.BadParameter("model names are lower-case slugs, e.g. support-bot")
    return value


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.command()
def assess(
    model: Annotated[str, typer.Argument(callback=model_name, help="model to assess")],
    test_type: Annotated[List[TestType], typer.Option("--test-type", "-t")] = [TestType.prompt_injection],
    wait: bool = False,
):
    """Start an assessment of MODEL."""
    with _client() as client:
        assessment = client.create_assessment(
            model=model,
            test_types=[t.value for t in test_type],
        )
        typer.echo(f"started {assessment.id}")
        if wait:
            final = client.wait_for_completion(assessment.id, timeout_minutes=45)
            typer.echo(f"score: {final.overall_score}")


@app.command()
def compare(
    candidate: Annotated[str, typer.Argument(callback=model_name)],
    baseline: Annotated[str, typer.Option(help="model to compare against")] = "support-bot",
    test_types: Annotated[Optional[List[str]], typer.Option("--type")] = None,
):
    """Assess a release candidate and its baseline with the same test types."""
    types = test_types or ["prompt_injection"]
    with _client() as client:
        for target in (candidate, baseline):
            assessment = client.create_assessment(
                model=target,
                test_types=types,
            )
            typer.echo(f"{target}: {assessment.id}")


@app.command()
def show(model_identifier: str):
    """Show a registered model."""
    with _client() as client:
        try:
            info = client.get_model(model_identifier)
        except NotFoundError:
            typer.secho("no such model", fg=typer.colors.RED)
            raise typer.Exit(code=1)
    typer.echo(f"{info.displayName} via {info.provider}")


@app.command()
def report(assessment_id: uuid.UUID):
    """Print the results of a finished assessment."""
    with _client() as client:
        result = client.get_assessment(str(assessment_id))
    typer.echo(f"status={result.status} score={result.overall_score}")


@app.command()
def watch(assessment_id: str, minutes: int = typer.Option(30, min=1, max=120)):
    """Wait for an assessment to finish."""
    with _client() as client:
        final = client.wait_for_completion(assessment_id, timeout_minutes=minutes)
    typer.echo(f"finished: {final.overall_score}")


if __name__ == "__main__":
    app()
