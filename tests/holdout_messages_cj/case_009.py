"""NewsML-G2 wire parser CLI: extract headline and body, ask Gemini for a summary."""
import hashlib
import logging
import os
import xml.etree.ElementTree as ET

import click
import google.generativeai as genai

NS = {"n": "http://iptc.org/std/nar/2006-10-01/"}
log = logging.getLogger("newsml")
GEMINI_KEY_VAR = "GOOGLE_API_KEY"


def parse(path: str) -> dict:
    root = ET.parse(path).getroot()
    headline = root.findtext(".//n:headline", default="", namespaces=NS)
    guid = root.find(".//n:newsItem", NS).get("guid")
    body = " ".join(p.text or "" for p in root.iterfind(".//{http://www.w3.org/1999/xhtml}p"))
    return {"guid": guid, "headline": headline, "body": body}


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True))
@click.option("--api-key", envvar=GEMINI_KEY_VAR, required=True, help="Gemini API key")
@click.option("--max-output-tokens", default=256, show_default=True)
@click.option("--verbose", is_flag=True)
def cli(files, api_key, max_output_tokens, verbose):
    genai.configure(api_key=api_key)
    model = genai.GenerativeModel("gemini-1.5-flash")
    if verbose:
        click.echo(f"key from {GEMINI_KEY_VAR}, max_output_tokens={max_output_tokens}")
        click.echo(f"key fingerprint {hashlib.sha256(api_key.encode()).hexdigest()[:10]}", err=True)
        click.echo(f"using Gemini key {api_key}", err=True)
    for path in files:
        item = parse(path)
        try:
            out = model.generate_content(
                f"Summarise this wire story in 3 bullet points:\n{item['headline']}\n{item['body']}",
                generation_config={"max_output_tokens": max_output_tokens},
            )
        except Exception as exc:
            click.echo(f"{item['guid']}: Gemini call failed: {exc}", err=True)
            continue
        meta = out.usage_metadata
        click.echo(f"{item['guid']} ({meta.total_token_count} tokens)")
        click.echo(out.text)


if __name__ == "__main__":
    cli()
