"""Roll out a new model config to GPU inference hosts over SSH (paramiko)."""

import logging
import os

import paramiko

logger = logging.getLogger("rollout")

HOSTS = os.environ.get("GPU_HOSTS", "gpu-01,gpu-02").split(",")
USER = os.environ.get("SSH_USER", "deploy")


def connect(host: str) -> paramiko.SSHClient:
    key_path = os.path.expanduser(os.environ.get("SSH_KEY_PATH", "~/.ssh/id_ed25519"))
    passphrase = os.environ.get("SSH_KEY_PASSPHRASE")
    pkey = paramiko.Ed25519Key.from_private_key_file(key_path, password=passphrase)
    logger.info("key %s fingerprint %s", key_path, pkey.fingerprint)
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    try:
        client.connect(host, username=USER, pkey=pkey, timeout=10)
    except paramiko.AuthenticationException as exc:
        raise ConnectionError(f"{USER}@{host} rejected key (passphrase {passphrase}): {exc}") from exc
    return client


def run(client: paramiko.SSHClient, cmd: str) -> str:
    _, stdout, stderr = client.exec_command(cmd, timeout=60)
    code = stdout.channel.recv_exit_status()
    if code != 0:
        logger.error("%s exited %s: %s", cmd.split()[0], code, stderr.read().decode()[:200])
    return stdout.read().decode()


def push_env(client: paramiko.SSHClient, hf_token: str) -> None:
    cmd = f"echo 'HF_TOKEN={hf_token}' | sudo tee /etc/inference/env >/dev/null"
    logger.info("updating /etc/inference/env on %s", client.get_transport().getpeername()[0])
    logger.debug("remote command: %s", cmd)
    run(client, cmd)
    run(client, "sudo systemctl restart inference")


def main():
    hf_token = os.environ["HF_TOKEN"]
    for host in HOSTS:
        client = connect(host)
        try:
            push_env(client, hf_token)
            logger.info("%s: %s", host, run(client, "systemctl is-active inference").strip())
        finally:
            client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
