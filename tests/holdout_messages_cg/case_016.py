"""Snakemake script directive: summarise each sample's QC report with an LLM.

Called from the Snakefile as `script: "scripts/qc_summary.py"`; `snakemake` is injected.
"""
import logging
import os

from groq import Groq

logging.basicConfig(filename=snakemake.log[0], level=logging.INFO)  # noqa: F821
log = logging.getLogger("qc_summary")

sample = snakemake.wildcards.sample  # noqa: F821
groq_key = snakemake.params.get("groq_key") or os.environ.get("GROQ_API_KEY", "")  # noqa: F821
model = snakemake.config.get("qc_model", "llama-3.1-8b-instant")  # noqa: F821
max_tokens = int(snakemake.config.get("qc_max_tokens", 400))  # noqa: F821

log.info("sample=%s model=%s max_tokens=%d threads=%d", sample, model, max_tokens, snakemake.threads)  # noqa: F821
log.info("groq key present: %s (len %d)", bool(groq_key), len(groq_key))

with open(snakemake.input.qc, encoding="utf-8") as fh:  # noqa: F821
    report = fh.read()

client = Groq(api_key=groq_key)
try:
    r = client.chat.completions.create(
        model=model, max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "You are a sequencing core analyst."},
            {"role": "user", "content": "Summarise this FastQC/MultiQC report:\n" + report[:30000]},
        ],
    )
    text = r.choices[0].message.content
except Exception as exc:
    log.error("groq call failed for %s: %s", sample, exc)
    log.error("params were groq_key=%s model=%s", groq_key, model)
    raise

with open(snakemake.output.summary, "w", encoding="utf-8") as out:  # noqa: F821
    out.write(f"# QC summary for {sample}\n\n{text}\n")
log.info("wrote %s (%d output tokens)", snakemake.output.summary, r.usage.completion_tokens)  # noqa: F821
