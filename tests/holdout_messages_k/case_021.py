"""Upload nightly red-team reports to the partner's SFTP drop (paramiko)."""
import logging
import os
import pathlib

import paramiko

log = logging.getLogger("reports.sftp")


class SftpTarget:
    def __init__(self, host: str, user: str, password: str, port: int = 22):
        self.host, self.user, self.port = host, user, port
        self.password = password

    def __repr__(self) -> str:
        return f"SftpTarget({self.user}@{self.host}:{self.port})"

    def connect(self) -> paramiko.SFTPClient:
        transport = paramiko.Transport((self.host, self.port))
        try:
            transport.connect(username=self.user, password=self.password)
        except paramiko.AuthenticationException as exc:
            transport.close()
            raise ConnectionError(f"SFTP login refused for {self.user}@{self.host}") from exc
        except paramiko.SSHException as exc:
            transport.close()
            raise ConnectionError(f"SFTP error for {self!r} (password {self.password!r}): {exc}") from exc
        return paramiko.SFTPClient.from_transport(transport)


def upload(report_dir: str) -> int:
    target = SftpTarget(os.environ["SFTP_HOST"], os.environ.get("SFTP_USER", "redteam"),
                        os.environ["SFTP_PASSWORD"])
    log.info("uploading to %r", target)
    sent = 0
    sftp = target.connect()
    try:
        for path in sorted(pathlib.Path(report_dir).glob("*.json")):
            sftp.put(str(path), f"/incoming/{path.name}")
            sent += 1
            log.debug("sent %s (%d bytes)", path.name, path.stat().st_size)
    finally:
        sftp.close()
    log.info("uploaded %d reports to %s as %s", sent, target.host, target.user)
    return sent


if __name__ == "__main__":
    try:
        upload("reports/")
    except ConnectionError:
        log.error("upload to %s failed", os.environ.get("SFTP_HOST"))
