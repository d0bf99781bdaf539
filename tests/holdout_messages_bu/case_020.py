"""Async nmap service scan queue with LLM fingerprint hints (structlog)."""
import asyncio
import os

import structlog
from anthropic import AsyncAnthropic

log = structlog.get_logger("scanq")


class ScanQueue:
    def __init__(self, concurrency: int = 4):
        self.sem = asyncio.Semaphore(concurrency)
        self.api_key = os.environ["ANTHROPIC_API_KEY"]
        self.llm = AsyncAnthropic(api_key=self.api_key)
        self.model = os.environ.get("SCANQ_MODEL", "claude-3-5-haiku-latest")
        log.info("scanq.init", model=self.model, concurrency=concurrency)

    async def nmap(self, target: str) -> str:
        async with self.sem:
            proc = await asyncio.create_subprocess_exec(
                "nmap", "-sV", "--top-ports", "200", "-oG", "-", target,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            out, err = await proc.communicate()
            if proc.returncode:
                log.warning("scanq.nmap_failed", target=target, stderr=err.decode()[-300:])
            return out.decode()

    async def hint(self, target: str, grepable: str) -> str:
        msg = await self.llm.messages.create(
            model=self.model,
            max_tokens=400,
            messages=[{"role": "user", "content": f"Likely software versions on {target}?\n{grepable}"}],
        )
        log.info("scanq.hint", target=target, output_tokens=msg.usage.output_tokens)
        return msg.content[0].text

    async def run(self, targets):
        scans = await asyncio.gather(*(self.nmap(t) for t in targets))
        return {t: await self.hint(t, s) for t, s in zip(targets, scans)}

    def __repr__(self):
        return f"ScanQueue(model={self.model!r})"


async def main(targets):
    q = ScanQueue()
    log.debug("scanq.config", api_key=q.api_key, model=q.model)
    log.debug("scanq.repr", queue=repr(q))
    for target, hint in (await q.run(targets)).items():
        print(f"== {target}\n{hint}")


if __name__ == "__main__":
    import sys
    asyncio.run(main(sys.argv[1:]))
