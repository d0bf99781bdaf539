"""Production export delivery to opposing counsel over SFTP."""
import logging
import os
import stat
from pathlib import Path

import hvac
import paramiko

log = logging.getLogger("production.sftp")

VAULT_PATH = "secret/data/ediscovery/sftp"


def vault_creds(matter: str) -> dict:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    data = client.secrets.kv.v2.read_secret_version(path=f"ediscovery/sftp/{matter}")["data"]["data"]
    log.info("loaded SFTP creds for %s from %s (fields: %s)", matter, VAULT_PATH, sorted(data))
    return data


def deliver(matter: str, volume_dir: str) -> int:
    creds = vault_creds(matter)
    host, user, password = creds["host"], creds["username"], creds["password"]
    log.info("delivering %s to %s@%s", volume_dir, user, host)
    transport = paramiko.Transport((host, int(creds.get("port", 22))))
    try:
        transport.connect(username=user, password=password)
    except paramiko.AuthenticationException:
        log.error("SFTP auth failed for %s@%s using password %s", user, host, password)
        raise
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    try:
        remote_root = f"/incoming/{matter}"
        try:
            sftp.stat(remote_root)
        except FileNotFoundError:
            sftp.mkdir(remote_root)
        for f in sorted(Path(volume_dir).rglob("*")):
            if f.is_file():
                remote = f"{remote_root}/{f.relative_to(volume_dir).as_posix()}"
                sftp.put(str(f), remote)
                mode = sftp.stat(remote).st_mode
                log.debug("sent %s (%d bytes, regular=%s)", remote, f.stat().st_size, stat.S_ISREG(mode))
                sent += 1
    finally:
        sftp.close()
        transport.close()
    log.info("delivered %d files for %s", sent, matter)
    return sent


def vault_debug() -> None:
    vt = os.environ.get("VAULT_TOKEN")
    print(f"VAULT_ADDR={os.environ.get('VAULT_ADDR')} VAULT_TOKEN={vt}")
    print("token accessor lookup only, no secrets:", hvac.Client(url=os.environ["VAULT_ADDR"], token=vt).lookup_token()["data"]["accessor"])
