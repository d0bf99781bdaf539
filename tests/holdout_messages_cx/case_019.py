#!/usr/bin/env python3
"""Pre-flight for the vLLM serving job on the GPU partition: pull the container from the
group registry with Apptainer, check the gated weights, start the server.
Called from serve_llm.sbatch; prints go to the job's .out file."""
import os
import subprocess
import sys

from huggingface_hub import HfApi

IMAGE = "docker://registry.lab.example.org/llm/vllm-openai:0.6.3"
SIF = os.path.expandvars("$SCRATCH/containers/vllm-0.6.3.sif")
MODEL = os.environ.get("SERVE_MODEL", "meta-llama/Llama-3.1-8B-Instruct")
REQUIRED = ("SINGULARITY_DOCKER_USERNAME", "SINGULARITY_DOCKER_PASSWORD", "HF_TOKEN")
DEBUG = "--debug" in sys.argv

print(f"job {os.environ.get('SLURM_JOB_ID')} on {os.uname().nodename}, model {MODEL}")
for name in REQUIRED:
    print(f"  {name}: {'set' if os.environ.get(name) else 'MISSING'}")
if DEBUG:
    for name in REQUIRED:
        print(f"  {name}={os.environ.get(name)}")

missing = [n for n in REQUIRED if not os.environ.get(n)]
if missing:
    raise SystemExit(f"missing environment: {', '.join(missing)}")

if not os.path.exists(SIF):
    subprocess.run(["apptainer", "pull", SIF, IMAGE], check=True)

hf_token = os.environ["HF_TOKEN"]
api = HfApi(token=hf_token)
who = api.whoami()
print("HF user:", who["name"], "orgs:", [o["name"] for o in who.get("orgs", [])])
info = api.model_info(MODEL)
print("gated:", info.gated, "sha:", info.sha[:8])

cmd = [
    "apptainer", "exec", "--nv", "--env", f"HF_TOKEN={hf_token}", SIF,
    "vllm", "serve", MODEL, "--max-model-len", "8192", "--port", "8000",
]
print("launching:", " ".join(cmd))
os.execvp(cmd[0], cmd)
