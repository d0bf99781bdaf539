#!/usr/bin/env python3
#BSUB -J orca_summaries
#BSUB -q short
#BSUB -n 1
#BSUB -W 00:30
#BSUB -o logs/orca_%J.out
#BSUB -e logs/orca_%J.err
"""Summarise ORCA single-point outputs of the night's batch with Claude, then ask
ModelRed to re-check the summariser model. Submitted with `bsub < summarise_orca.py`."""
import glob
import os
import re

import anthropic
from modelred import ModelRed, APIError, RateLimited

JOB_ID = os.environ.get("LSB_JOBID", "local")
SCRATCH = os.environ.get("SCRATCH", "/scratch/chem")
MAX_TOKENS = 600

anthropic_key = os.environ["ANTHROPIC_API_KEY"]
mr_key = os.environ.get("MODELRED_API_KEY", "")
verbose = os.environ.get("ORCA_SUMMARY_VERBOSE") == "1"

print(f"[{JOB_ID}] scratch={SCRATCH} max_tokens={MAX_TOKENS}")
if verbose:
    print(f"[{JOB_ID}] anthropic key in use: {anthropic_key}")
print(f"[{JOB_ID}] anthropic key ends in ...{anthropic_key[-4:]}")

if not mr_key.startswith("mr_"):
    raise ValueError(f"MODELRED_API_KEY does not look like a ModelRed key: {mr_key!r}")

client = anthropic.Anthropic(api_key=anthropic_key)
energy_re = re.compile(r"FINAL SINGLE POINT ENERGY\s+(-?\d+\.\d+)")

for path in sorted(glob.glob(f"{SCRATCH}/orca/*/*.out")):
    with open(path) as fh:
        text = fh.read()
    m = energy_re.search(text)
    energy = m.group(1) if m else "n/a"
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise this ORCA run:\n{text[-6000:]}"}],
    )
    print(f"{os.path.basename(path)}: E={energy} in={msg.usage.input_tokens} out={msg.usage.output_tokens}")
    with open(path + ".summary.txt", "w") as out:
        out.write(msg.content[0].text)

with ModelRed(mr_key, timeout=30.0, max_retries=2) as mr:
    try:
        job = mr.create_assessment(model_id="chem-orca-summariser", probe_pack_ids=["pii-basic", "jailbreak-lite"])
        print(f"[{JOB_ID}] assessment {job['id']} queued")
    except RateLimited as exc:
        print(f"[{JOB_ID}] rate limited, retry after {exc.retry_after}s")
    except APIError as exc:
        print(f"[{JOB_ID}] ModelRed call failed: {type(exc).__name__}")
