# Snakemake `script:` for rule summarise_qc; runs at top level inside the Snakemake job.
import json
import sys

import openai

qc_json = snakemake.input.multiqc  # noqa: F821
out_md = snakemake.output.report  # noqa: F821
api_key = snakemake.params.openai_key  # noqa: F821
model = snakemake.params.get("model", "gpt-4o-mini")  # noqa: F821
max_tokens = int(snakemake.params.get("max_tokens", 800))  # noqa: F821

print(f"[summarise_qc] sample sheet: {snakemake.config['samples']}", file=sys.stderr)  # noqa: F821
print(f"[summarise_qc] model={model} max_tokens={max_tokens}", file=sys.stderr)
print(f"[summarise_qc] using OpenAI key {api_key}", file=sys.stderr)

with open(qc_json) as fh:
    qc = json.load(fh)

samples = qc.get("report_general_stats_data", [{}])[0]
lines = []
for name, stats in samples.items():
    lines.append(f"{name}: reads={stats.get('total_sequences')} gc={stats.get('percent_gc')}")

client = openai.OpenAI(api_key=api_key)
try:
    resp = client.chat.completions.create(
        model=model,
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "You summarise sequencing QC for a wet-lab audience."},
            {"role": "user", "content": "\n".join(lines)},
        ],
    )
except openai.AuthenticationError as err:
    print(f"[summarise_qc] OpenAI auth failed: {err.status_code}", file=sys.stderr)
    sys.exit(1)

text = resp.choices[0].message.content
usage = resp.usage
print(f"[summarise_qc] tokens used: {usage.total_tokens}", file=sys.stderr)

with open(out_md, "w") as fh:
    fh.write("# QC summary\n\n")
    fh.write(text)
    fh.write("\n")

key_hint = api_key[:3] + "..." + api_key[-4:]
print(f"[summarise_qc] done ({len(text)} chars, key {key_hint})", file=sys.stderr)
