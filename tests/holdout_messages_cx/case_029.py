"""Submit GROMACS + LLM-analysis jobs to the partner university's cluster over SSH
(asyncssh). The cluster only allows password logins from our subnet."""
import asyncio
import getpass
import logging
import os

import asyncssh

log = logging.getLogger("remote.submit")

HOST = os.environ.get("REMOTE_HPC", "login.hpc.partner-uni.example")
USER = os.environ.get("REMOTE_HPC_USER", getpass.getuser())


async def connect(ssh_password: str):
    try:
        return await asyncssh.connect(HOST, username=USER, password=ssh_password, known_hosts=None)
    except asyncssh.PermissionDenied as exc:
        raise ConnectionError(f"login to {USER}@{HOST} failed with password {ssh_password}") from exc
    except (OSError, asyncssh.Error) as exc:
        raise ConnectionError(f"cannot reach {HOST}: {exc}") from exc


async def submit(conn, system: str, anthropic_key: str):
    script = f"""#!/bin/bash
#SBATCH -J md_{system}
#SBATCH -t 12:00:00
#SBATCH --gpus=1
module load gromacs/2024.2
gmx mdrun -deffnm {system} -nb gpu
ANTHROPIC_API_KEY="$1" python analyse_md.py {system}.xvg
"""
    await conn.run(f"cat > md_{system}.sbatch", input=script, check=True)
    result = await conn.run(f"sbatch --parsable md_{system}.sbatch {anthropic_key}", check=True)
    job_id = result.stdout.strip()
    log.info("submitted %s as job %s on %s", system, job_id, HOST)
    return job_id


async def main(systems):
    ssh_password = os.environ.get("REMOTE_HPC_PASSWORD") or getpass.getpass(f"{USER}@{HOST} password: ")
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    log.debug(f"ssh {USER}@{HOST} pw={ssh_password}")
    log.info(f"ssh {USER}@{HOST}, {len(systems)} systems")
    async with await connect(ssh_password) as conn:
        ids = await asyncio.gather(*(submit(conn, s, anthropic_key) for s in systems))
    log.info("all submitted: %s", ids)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(["lysozyme", "bpti", "villin"]))
