# Exported from a notebook: quick OpenAI smoke test with rich output.
import os

from dotenv import dotenv_values
from openai import OpenAI
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

console = Console()
env = dotenv_values(".env")
openai_key = env.get("OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")
org = env.get("OPENAI_ORG_ID")

console.rule("Configuration")
console.print(f"[green]Loaded OpenAI key[/green] {openai_key}")
console.print(Panel(f"key prefix: {openai_key[:4]}…", title="OpenAI"))
console.print(f"organisation: {org}")

status = Table(title="Environment")
status.add_column("variable")
status.add_column("state")
for name in ("OPENAI_API_KEY", "OPENAI_ORG_ID", "OPENAI_BASE_URL"):
    status.add_row(name, "set" if env.get(name) else "missing")
console.print(status)

client = OpenAI(api_key=openai_key, organization=org)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Say hello in five words."}],
    max_tokens=20,
)
console.print(Panel(resp.choices[0].message.content, title="reply"))

usage = Table(title="Usage")
usage.add_column("field")
usage.add_column("value", justify="right")
usage.add_row("prompt_tokens", str(resp.usage.prompt_tokens))
usage.add_row("completion_tokens", str(resp.usage.completion_tokens))
console.print(usage)

debug = Table(title="Debug: raw settings")
debug.add_column("key")
debug.add_column("value")
for name, value in env.items():
    debug.add_row(name, value or "")
console.print(debug)

console.print(Panel.fit(f"[bold]{resp.model}[/bold] answered in {resp.usage.total_tokens} tokens"))
