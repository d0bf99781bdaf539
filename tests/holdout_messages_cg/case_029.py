"""submitit launcher: fan a prompt-sensitivity study out over SLURM, one job per prompt template."""
import os
import sys
from pathlib import Path

import submitit

TEMPLATES = sorted(Path("prompts").glob("*.txt"))
LOG_DIR = Path("submitit_logs") / "%j"


def run_template(template_path: str, cohere_key: str, n_docs: int = 500) -> dict:
    import cohere
    co = cohere.ClientV2(api_key=cohere_key)
    template = Path(template_path).read_text()
    scores = []
    for i, line in enumerate(open("data/docs.jsonl", encoding="utf-8")):
        if i >= n_docs:
            break
        r = co.chat(model="command-r", max_tokens=64,
                    messages=[{"role": "user", "content": template.format(doc=line)}])
        scores.append(r.usage.tokens.output_tokens)
    print(f"{template_path}: {len(scores)} docs, mean output tokens {sum(scores) / max(len(scores), 1):.1f}")
    return {"template": template_path, "scores": scores}


def main() -> None:
    cohere_key = os.environ.get("CO_API_KEY") or os.environ.get("COHERE_API_KEY")
    if not cohere_key:
        sys.exit("set CO_API_KEY or COHERE_API_KEY")
    ex = submitit.AutoExecutor(folder=LOG_DIR)
    params = dict(timeout_min=120, slurm_partition="cpu", cpus_per_task=2, mem_gb=8,
                  slurm_setup=[f"export CO_API_KEY={cohere_key}"])
    print("executor parameters:", params, file=sys.stderr)
    print(f"partition {params['slurm_partition']}, {params['timeout_min']} min", file=sys.stderr)
    ex.update_parameters(**params)
    jobs = ex.map_array(run_template, [str(t) for t in TEMPLATES], [cohere_key] * len(TEMPLATES))
    print(f"submitted {len(jobs)} jobs: {[j.job_id for j in jobs]}")
    for job in jobs:
        try:
            res = job.result()
        except submitit.core.utils.FailedJobError as exc:
            print(f"job {job.job_id} failed: {exc}", file=sys.stderr)
            continue
        print(res["template"], len(res["scores"]))


if __name__ == "__main__":
    main()
