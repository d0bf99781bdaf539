"""Satisfaction survey follow-up: sends an LLM-written apology to low scorers via Freshdesk."""
import logging
import os
import sys

import click
import requests
from openai import OpenAI

log = logging.getLogger("csat.followup")

_openai_fallback = "sk-EKAaCLTPsTdsa9dCvRGUxNJBOb7vTHEVkD7C9qoqZJfMZZ9y"


@click.command()
@click.option("--domain", envvar="FRESHDESK_DOMAIN", required=True)
@click.option("--api-key", envvar="FRESHDESK_API_KEY", required=True)
@click.option("--max-score", default=2, show_default=True)
@click.option("--dry-run", is_flag=True)
def main(domain: str, api_key: str, max_score: int, dry_run: bool) -> None:
    oa_key = os.environ.get("OPENAI_API_KEY") or _openai_fallback
    if oa_key == _openai_fallback:
        click.echo("OPENAI_API_KEY not set, using the team fallback key " + _openai_fallback, err=True)
    llm = OpenAI(api_key=oa_key)
    r = requests.get(f"https://{domain}/api/v2/surveys/satisfaction_ratings", auth=(api_key, "X"), timeout=20)
    if r.status_code == 401:
        click.echo(f"Freshdesk rejected {api_key} for {domain}", err=True)
        sys.exit(1)
    click.echo(f"fetched ratings: HTTP {r.status_code}")
    low = [x for x in r.json() if min(x["ratings"].values()) <= max_score]
    click.echo(f"{len(low)} low ratings (max score {max_score}, dry run {dry_run})")
    for rating in low:
        out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=220, messages=[{"role": "user", "content": f"Write a short apology for ticket feedback: {rating.get('feedback', '')}"}])
        text = out.choices[0].message.content
        log.info("apology for ticket %s (%s tokens)", rating["ticket_id"], out.usage.total_tokens)
        if dry_run:
            click.echo(f"--- ticket {rating['ticket_id']}\n{text}")
            continue
        rr = requests.post(f"https://{domain}/api/v2/tickets/{rating['ticket_id']}/reply", auth=(api_key, "X"), json={"body": text}, timeout=20)
        if rr.status_code >= 400:
            raise click.ClickException(f"reply failed on {rating['ticket_id']} with key {api_key}: {rr.status_code}")


if __name__ == "__main__":
    main()
