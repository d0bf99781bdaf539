"""Stage provider keys into `nextflow secrets` before launching the nf-core pipeline."""
import logging
import os
import shlex
import subprocess

log = logging.getLogger("nfglue.secrets")

SECRET_NAMES = {
    "OPENAI_API_KEY": "openai_key",
    "MODELRED_API_KEY": "modelred_key",
    "NCBI_API_KEY": "ncbi_key",
}


def set_secret(name: str, secret_value: str) -> None:
    cmd = ["nextflow", "secrets", "set", name, secret_value]
    log.debug("running %s", shlex.join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("nextflow secrets set %s failed (rc=%d): %s", name, proc.returncode, proc.stderr.strip())
        raise RuntimeError(f"could not store Nextflow secret {name}")


def stage_all() -> list[str]:
    staged = []
    for env_name, nf_name in SECRET_NAMES.items():
        value = os.environ.get(env_name)
        if value is None:
            log.warning("%s not set; pipeline param %s will be empty", env_name, nf_name)
            continue
        set_secret(nf_name, value)
        staged.append(nf_name)
    log.info("staged secrets: %s", ", ".join(staged))
    return staged


def launch(pipeline: str, profile: str, outdir: str, resume: bool = True) -> int:
    staged = stage_all()
    args = ["nextflow", "run", pipeline, "-profile", profile, "--outdir", outdir]
    if resume:
        args.append("-resume")
    for nf_name in staged:
        args += [f"--{nf_name}", f"secrets.{nf_name}"]
    log.info("launch: %s", " ".join(args))
    return subprocess.call(args)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG if "-v" in sys.argv else logging.INFO)
    raise SystemExit(launch("nf-core/sarek", "docker", "results/"))
