"""mpi4py driver: each rank summarises its shard of simulation notes with an Azure OpenAI deployment."""
import json
import os
import sys

from mpi4py import MPI
from openai import AzureOpenAI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

settings = None
if rank == 0:
    with open(os.path.expanduser("~/.config/simnotes/azure.json"), encoding="utf-8") as fh:
        settings = json.load(fh)
    print(f"[rank 0] endpoint={settings['endpoint']} deployment={settings['deployment']}", flush=True)
    print(f"[rank 0] config fields: {sorted(settings)}", flush=True)
settings = comm.bcast(settings, root=0)
azure_key = settings["api_key"]
if len(azure_key) != 32:
    raise ValueError(f"[rank {rank}] Azure key from azure.json has the wrong length: {azure_key}")

if os.environ.get("SIMNOTES_TRACE") == "1":
    sys.stderr.write(f"[rank {rank}/{size}] azure key {azure_key}\n")

client = AzureOpenAI(api_key=azure_key, azure_endpoint=settings["endpoint"], api_version="2024-06-01")

with open("notes/index.txt", encoding="utf-8") as fh:
    files = [line.strip() for line in fh if line.strip()]
mine = files[rank::size]

summaries = {}
tokens = 0
for name in mine:
    text = open(os.path.join("notes", name), encoding="utf-8").read()
    r = client.chat.completions.create(
        model=settings["deployment"], max_tokens=256,
        messages=[{"role": "user", "content": "Summarise these simulation notes:\n" + text[:8000]}],
    )
    summaries[name] = r.choices[0].message.content
    tokens += r.usage.total_tokens

gathered = comm.gather((summaries, tokens), root=0)
if rank == 0:
    merged = {}
    total = 0
    for part, t in gathered:
        merged.update(part)
        total += t
    json.dump(merged, open("notes/summaries.json", "w"), indent=1)
    print(f"[rank 0] {len(merged)} summaries, {total} tokens across {size} ranks", flush=True)
