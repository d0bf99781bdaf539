"""Rich console recon report: one screen per target, LLM risk notes, key doctor."""
import os

import shodan
from rich.console import Console
from rich.table import Table
from openai import OpenAI

out = Console()
err = Console(stderr=True)

KEYS = {"shodan": "SHODAN_API_KEY", "openai": "OPENAI_API_KEY"}
# fallback key for the lab tenant only
_LAB_OPENAI = "sk-yW8dkmpMuVD52YsbD6feIvBs1bsDkJqaE4I5mkHjH6xiLu1Z"


def doctor():
    table = Table(title="key doctor")
    table.add_column("service")
    table.add_column("variable")
    table.add_column("status")
    for svc, var in KEYS.items():
        val = os.environ.get(var)
        table.add_row(svc, var, f"set ({len(val)} chars)" if val else "missing")
    err.print(table)


def report(ip: str):
    key = os.environ.get("SHODAN_API_KEY")
    if not key:
        raise SystemExit("SHODAN_API_KEY missing")
    try:
        host = shodan.Shodan(key).host(ip)
    except shodan.APIError as exc:
        err.print(f"[red]shodan error for {ip}: {exc}")
        err.print(f"[dim]key in use: {key}")
        return
    openai_key = os.environ.get("OPENAI_API_KEY") or _LAB_OPENAI
    llm = OpenAI(api_key=openai_key)
    notes = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Risk notes for ports {host.get('ports')} on {ip}"}],
    ).choices[0].message.content
    out.rule(ip)
    out.print(f"org: {host.get('org')}  os: {host.get('os')}")
    out.print(notes)
    if openai_key == _LAB_OPENAI:
        err.log(f"using lab OpenAI key {_LAB_OPENAI}")


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["doctor"]:
        doctor()
    else:
        for target in sys.argv[1:]:
            report(target)
