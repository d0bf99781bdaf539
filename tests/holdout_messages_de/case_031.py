# Latch workflow task: assemble a plasmid map and ask an LLM for an annotation blurb.
import os
import subprocess
from pathlib import Path

from latch import small_task, workflow
from latch.types import LatchFile, LatchDir
from openai import OpenAI

HF_TOKEN = os.environ.get("HF_TOKEN", "")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
EMBED_MODEL = "facebook/esm2_t12_35M_UR50D"
print(f"task image env: HF_TOKEN set={bool(HF_TOKEN)}, OPENAI key len={len(OPENAI_KEY)}")
print(f"embedding model {EMBED_MODEL}")


@small_task
def assemble(reads: LatchFile, out_dir: LatchDir) -> LatchFile:
    out = Path("/root/assembly")
    cmd = ["flye", "--nano-hq", reads.local_path, "--out-dir", str(out), "--threads", "4"]
    print("running", " ".join(cmd))
    subprocess.run(cmd, check=True)
    return LatchFile(str(out / "assembly.fasta"), f"{out_dir.remote_path}/assembly.fasta")


@small_task
def annotate(assembly: LatchFile) -> str:
    seq = Path(assembly.local_path).read_text()
    if not OPENAI_KEY:
        raise ValueError(f"OPENAI_API_KEY missing in workflow secrets ({OPENAI_KEY!r})")
    client = OpenAI(api_key=OPENAI_KEY)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Describe features of this plasmid:\n{seq[:4000]}"}],
    )
    print(f"annotation used {resp.usage.prompt_tokens}+{resp.usage.completion_tokens} tokens")
    return resp.choices[0].message.content


@small_task
def fetch_embedder() -> str:
    from huggingface_hub import snapshot_download

    try:
        path = snapshot_download(EMBED_MODEL, token=HF_TOKEN)
    except Exception as exc:
        print(f"hub download failed using token {HF_TOKEN}: {exc}")
        raise
    return path


@workflow
def plasmid_wf(reads: LatchFile, out_dir: LatchDir) -> str:
    """Assemble and annotate a plasmid."""
    asm = assemble(reads=reads, out_dir=out_dir)
    fetch_embedder()
    return annotate(assembly=asm)
