"""Grok prompt runner with rich logging and console output."""
import logging
import os
import sys

import rich
from openai import OpenAI
from rich.console import Console
from rich.logging import RichHandler
from rich.panel import Panel

logging.basicConfig(level="INFO", format="%(message)s", handlers=[RichHandler(rich_tracebacks=True)])
log = logging.getLogger("grok")
console = Console(stderr=True)

BASE_URL = "https://api.x.ai/v1"


class GrokRunner:
    def __init__(self, xai_key: str | None = None):
        self.xai_key = xai_key or os.environ["XAI_API_KEY"]
        self.client = OpenAI(api_key=self.xai_key, base_url=BASE_URL)

    def check(self) -> None:
        if not self.xai_key.startswith("xai-"):
            rich.print(f"[red]invalid xAI key {self.xai_key}[/red]")
            raise SystemExit(2)
        console.log("[bold]key set[/bold]:", bool(self.xai_key))
        rich.print(Panel.fit(f"endpoint {BASE_URL}", title="xAI"))

    def run(self, prompt: str) -> str:
        console.log(f"sending with key …{self.xai_key[-4:]}")
        try:
            resp = self.client.chat.completions.create(
                model="grok-2-latest", max_tokens=400,
                messages=[{"role": "user", "content": prompt}],
            )
        except Exception as exc:
            log.error("xAI call failed: %s", type(exc).__name__)
            raise
        log.info("used [b]%d[/b] tokens", resp.usage.total_tokens, extra={"markup": True})
        return resp.choices[0].message.content


def main() -> int:
    runner = GrokRunner()
    runner.check()
    prompt = " ".join(sys.argv[1:]) or sys.stdin.read()
    answer = runner.run(prompt)
    console.print(Panel(answer, title="grok"), style="green")
    log.debug("runner state: %s", vars(runner))
    return 0


if __name__ == "__main__":
    sys.exit(main())
