"""Generate synthetic instruction data with Together AI; click CLI used by the data team."""
import json
import os
import warnings

import click
import httpx

TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
TOGETHER_KEY_ENV = "TOGETHER_API_KEY"


def generate(client: httpx.Client, seed: str, max_tokens: int) -> dict:
    r = client.post(TOGETHER_URL, json={"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "max_tokens": max_tokens,
                                        "messages": [{"role": "user", "content": f"Write one instruction/response pair about: {seed}"}]})
    if r.status_code == 429:
        warnings.warn(f"Together rate limit hit, reset in {r.headers.get('x-ratelimit-reset')}s")
    r.raise_for_status()
    body = r.json()
    return {"seed": seed, "text": body["choices"][0]["message"]["content"], "tokens": body["usage"]["completion_tokens"]}


@click.command()
@click.option("--seeds", type=click.File(), required=True)
@click.option("--out", type=click.File("w"), default="-")
@click.option("--api-key", envvar=TOGETHER_KEY_ENV, required=True, help=f"defaults to ${TOGETHER_KEY_ENV}")
@click.option("--max-tokens", default=400, show_default=True)
@click.option("--verbose", is_flag=True)
def main(seeds, out, api_key: str, max_tokens: int, verbose: bool) -> None:
    if verbose:
        click.echo(f"using key from --api-key/{TOGETHER_KEY_ENV}", err=True)
        click.echo(f"api key: {api_key}", err=True)
    headers = {"Authorization": f"Bearer {api_key}"}
    total = 0
    with httpx.Client(headers=headers, timeout=60) as client:
        for line in seeds:
            try:
                row = generate(client, line.strip(), max_tokens)
            except httpx.HTTPStatusError as exc:
                click.echo(f"seed {line.strip()!r}: HTTP {exc.response.status_code}", err=True)
                if exc.response.status_code == 401:
                    warnings.warn(f"Together rejected {api_key}; check {TOGETHER_KEY_ENV}")
                    break
                continue
            total += row["tokens"]
            out.write(json.dumps(row) + "\n")
    click.echo(f"done, {total} completion tokens (max_tokens={max_tokens})", err=True)


if __name__ == "__main__":
    main()
