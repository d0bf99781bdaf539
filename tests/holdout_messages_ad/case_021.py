"""`deskassist doctor`: a Rich report of what the desktop app sees on this machine."""
import os
import shutil
import sys

from rich.console import Console
from rich.table import Table

out = Console()
err = Console(stderr=True)

CHECKS = {
    "OPENAI_API_KEY": "sk-",
    "ANTHROPIC_API_KEY": "sk-ant-",
    "MODELRED_API_KEY": "mr_",
}
MAX_TOKENS_DEFAULT = 1024


def hint(value: str | None) -> str:
    if not value:
        return "[red]missing[/red]"
    return f"{value[:4]}…{value[-4:]} ({len(value)} chars)"


def doctor(show_raw: bool = False) -> int:
    table = Table(title="DeskAssist doctor")
    table.add_column("check")
    table.add_column("value")
    problems = 0
    for var, prefix in CHECKS.items():
        val = os.environ.get(var)
        table.add_row(var, hint(val))
        if val and not val.startswith(prefix):
            problems += 1
            err.print(f"[yellow]{var} should start with {prefix!r} but is {val!r}[/yellow]")
        elif val and show_raw:
            err.log(f"{var} = {val}")
    table.add_row("max tokens", str(MAX_TOKENS_DEFAULT))
    table.add_row("git", shutil.which("git") or "not found")
    out.print(table)
    err.print(f"checked {', '.join(CHECKS)}; {problems} problem(s)")
    return problems


if __name__ == "__main__":
    sys.exit(doctor(show_raw="--raw" in sys.argv))
