"""`redteam doctor`: pretty environment report with rich."""
import os
import sys

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

console = Console(stderr=True)


def doctor(show_secrets: bool = False) -> None:
    mr_key = os.environ.get("MODELRED_API_KEY")
    model_id = os.environ.get("MODELRED_MODEL_ID", "unset")
    console.print(Panel(f"Model {model_id}", title="redteam doctor"))
    table = Table("variable", "value")
    for var in ("MODELRED_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        value = os.environ.get(var)
        table.add_row(var, f"{value[:4]}…{value[-4:]}" if value else "[red]missing[/red]")
    console.print(table)
    if show_secrets and mr_key:
        console.print(f"[bold]MODELRED_API_KEY:[/bold] {mr_key}")
    console.log("token budget per probe", int(os.environ.get("MAX_TOKENS", "2048")))


if __name__ == "__main__":
    doctor(show_secrets="--show-secrets" in sys.argv)
