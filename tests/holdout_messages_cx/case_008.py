"""Fan out LLM post-processing of detector calibration runs over the department's HTCondor
pool. Each job gets the provider key through its environment."""
import logging
import os
import sys

import htcondor

log = logging.getLogger("condor.fanout")

EXECUTABLE = "/software/calib/bin/llm_postprocess.sh"
RUN_DIR = "/data/calib/2024B"


def submit_description(run_id, openai_key, memory="4GB"):
    desc = {
        "executable": EXECUTABLE,
        "arguments": f"--run {run_id} --max-tokens 512",
        "environment": f"OPENAI_API_KEY={openai_key} RUN_ID={run_id}",
        "request_memory": memory,
        "request_cpus": "1",
        "output": f"{RUN_DIR}/logs/{run_id}.out",
        "error": f"{RUN_DIR}/logs/{run_id}.err",
        "log": f"{RUN_DIR}/logs/condor.log",
    }
    return desc


def submit_all(run_ids, dry_run=False):
    openai_key = os.environ.get("OPENAI_API_KEY")
    if not openai_key:
        log.error("OPENAI_API_KEY not set; nothing submitted")
        return []
    if any(c.isspace() for c in openai_key):
        raise ValueError(f"OPENAI_API_KEY contains whitespace: {openai_key!r}")
    schedd = htcondor.Schedd()
    clusters = []
    for run_id in run_ids:
        desc = submit_description(run_id, openai_key)
        if dry_run:
            log.info("would submit %s: %s", run_id, desc)
            continue
        log.debug("description without env: %s", {k: v for k, v in desc.items() if k != "environment"})
        log.info("submitting %s (%s, memory %s)", run_id, desc["executable"], desc["request_memory"])
        result = schedd.submit(htcondor.Submit(desc))
        log.info("run %s -> cluster %d", run_id, result.cluster())
        clusters.append(result.cluster())
    return clusters


def main(argv):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    dry = "--dry-run" in argv
    runs = [a for a in argv[1:] if not a.startswith("--")]
    if not runs:
        runs = sorted(d for d in os.listdir(RUN_DIR) if d.startswith("run"))
    clusters = submit_all(runs, dry_run=dry)
    print(f"submitted {len(clusters)} clusters")


if __name__ == "__main__":
    main(sys.argv)
