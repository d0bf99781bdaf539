"""Submit GPU jobs for AlphaFold runs on the department cluster over SSH (paramiko)."""
import logging
import os
import shlex

import paramiko

log = logging.getLogger("af2-submit")

CLUSTER_HOST = os.environ.get("CLUSTER_HOST", "login.hpc.lab.example.edu")
CLUSTER_USER = os.environ.get("CLUSTER_USER", os.environ.get("USER", "lab"))
KEY_FILE = os.path.expanduser("~/.ssh/id_ed25519_hpc")


def connect(password: str | None = None) -> paramiko.SSHClient:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.load_system_host_keys()
    if password:
        log.info("connecting to %s@%s with password auth", CLUSTER_USER, CLUSTER_HOST)
        try:
            ssh.connect(CLUSTER_HOST, username=CLUSTER_USER, password=password, timeout=20)
        except paramiko.AuthenticationException as exc:
            raise ConnectionError(f"password {password} rejected for {CLUSTER_USER}@{CLUSTER_HOST}") from exc
    else:
        log.info("connecting with key file %s", KEY_FILE)
        ssh.connect(CLUSTER_HOST, username=CLUSTER_USER, key_filename=KEY_FILE, timeout=20)
    return ssh


def sbatch(ssh: paramiko.SSHClient, fasta: str, preset: str = "monomer") -> str:
    remote = f"/scratch/{CLUSTER_USER}/af2/{os.path.basename(fasta)}"
    sftp = ssh.open_sftp()
    sftp.put(fasta, remote)
    sftp.close()
    cmd = f"sbatch --gres=gpu:a100:1 --time=24:00:00 af2.sh {shlex.quote(remote)} {shlex.quote(preset)}"
    _, stdout, stderr = ssh.exec_command(cmd)
    err = stderr.read().decode()
    if err:
        log.error("sbatch stderr: %s", err)
    out = stdout.read().decode().strip()
    log.info("submitted %s: %s", fasta, out)
    return out.split()[-1]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("fasta", nargs="+")
    ap.add_argument("--preset", default="monomer")
    args = ap.parse_args()
    password = os.environ.get("HPC_PASSWORD")
    log.debug("HPC_PASSWORD set: %s, length %d", password is not None, len(password or ""))
    ssh = connect(password)
    for f in args.fasta:
        sbatch(ssh, f, args.preset)
    ssh.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
