"""Render and submit sbatch scripts for LLM evaluation jobs from a Python template class."""
import logging
import os
import subprocess
import textwrap
from dataclasses import dataclass, field

log = logging.getLogger("jobgen")

TEMPLATE = textwrap.dedent("""\
    #!/bin/bash
    #SBATCH --job-name={name}
    #SBATCH --account={account}
    #SBATCH --gres=gpu:{gpus}
    #SBATCH --time={walltime}
    {exports}
    srun python -m evalkit.run --suite {suite} --max-tokens {max_tokens}
    """)


@dataclass
class EvalJob:
    name: str
    suite: str
    account: str = "llm-eval"
    gpus: int = 1
    walltime: str = "02:00:00"
    max_tokens: int = 1024
    env: dict[str, str] = field(default_factory=dict)

    def add_provider_key(self, var: str) -> None:
        value = os.environ.get(var)
        if value is None:
            log.warning("%s not set in the submitting shell; job %s will run without it", var, self.name)
            return
        if "\n" in value or " " in value:
            raise ValueError(f"{var} contains whitespace and cannot be exported: {value!r}")
        self.env[var] = value
        log.info("job %s: exporting %s (%d chars)", self.name, var, len(value))

    def render(self) -> str:
        exports = "\n".join(f"export {k}={v}" for k, v in self.env.items())
        return TEMPLATE.format(name=self.name, account=self.account, gpus=self.gpus, walltime=self.walltime,
                               exports=exports, suite=self.suite, max_tokens=self.max_tokens)

    def submit(self, dry_run: bool = False) -> str | None:
        script = self.render()
        if dry_run:
            print(script)
            return None
        log.info("submitting %s (%s, %d GPUs, vars %s)", self.name, self.walltime, self.gpus, sorted(self.env))
        out = subprocess.run(["sbatch", "--parsable"], input=script, text=True, capture_output=True, check=True)
        log.info("job %s -> %s", self.name, out.stdout.strip())
        return out.stdout.strip()


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    job = EvalJob(name=f"eval-{sys.argv[1]}", suite=sys.argv[1])
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY"):
        job.add_provider_key(var)
    job.submit(dry_run="--dry-run" in sys.argv)
