#!/usr/bin/env python
#SBATCH --job-name=summarise-arxiv
#SBATCH --partition=gpu
#SBATCH --time=04:00:00
#SBATCH --output=logs/%x-%j.out
"""Nightly arXiv summary job, submitted with sbatch from the group's cron."""
import os
import sys
import json
import asyncio
from pathlib import Path

import openai
from modelred import ModelRed, ModelRedError

JOB_ID = os.environ.get("SLURM_JOB_ID", "local")
ARRAY_IDX = int(os.environ.get("SLURM_ARRAY_TASK_ID", "0"))
SCRATCH = Path(os.environ.get("SCRATCH", "/tmp")) / f"arxiv-{JOB_ID}"
SCRATCH.mkdir(parents=True, exist_ok=True)

openai_key = os.environ["OPENAI_API_KEY"]
MAX_TOKENS = 512

print(f"[{JOB_ID}] task {ARRAY_IDX} on {os.uname().nodename}")
print(f"[{JOB_ID}] using OpenAI key ...{openai_key[-4:]}, max_tokens={MAX_TOKENS}")
if os.environ.get("SUMMARY_DEBUG"):
    print(f"[{JOB_ID}] env OPENAI_API_KEY={openai_key}", file=sys.stderr)

client = openai.OpenAI(api_key=openai_key)
papers = json.loads((SCRATCH.parent / "queue.json").read_text())[ARRAY_IDX::64]

out = []
for paper in papers:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": "Summarise:\n" + paper["abstract"]}],
    )
    out.append({"id": paper["id"], "summary": resp.choices[0].message.content})
    print(f"{paper['id']}: {resp.usage.total_tokens} tokens")


async def audit():
    try:
        async with ModelRed() as mr:
            await mr.run_assessment(model_id="arxiv-summariser", test_suites=["basic_security"])
    except ModelRedError as e:
        print(f"[{JOB_ID}] modelred audit skipped: {type(e).__name__}", file=sys.stderr)


asyncio.run(audit())
(SCRATCH / f"summaries-{ARRAY_IDX}.json").write_text(json.dumps(out, indent=1))
print(f"[{JOB_ID}] wrote {len(out)} summaries")
