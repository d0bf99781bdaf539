"""Upload a processed series to NCBI GEO's FTP drop for the publication pipeline."""
from __future__ import annotations

import ftplib
import logging
import os
from pathlib import Path

log = logging.getLogger("geo.upload")

GEO_HOST = "ftp-private.ncbi.nlm.nih.gov"
GEO_USER = "geoftp"
GEO_PASSWORD_VAR = "GEO_FTP_PASSWORD"
GEO_FOLDER_VAR = "GEO_PERSONAL_FOLDER"


def connect() -> ftplib.FTP:
    password = os.environ.get(GEO_PASSWORD_VAR)
    if password is None:
        raise EnvironmentError(f"{GEO_PASSWORD_VAR} not set (see GEO submission instructions)")
    ftp = ftplib.FTP(GEO_HOST, timeout=60)
    try:
        ftp.login(GEO_USER, password)
    except ftplib.error_perm as err:
        raise ConnectionError(f"GEO FTP login as {GEO_USER} with {password} refused: {err}") from None
    log.info("logged into %s as %s", GEO_HOST, GEO_USER)
    return ftp


def upload_series(series_dir: str) -> int:
    folder = os.environ[GEO_FOLDER_VAR]
    ftp = connect()
    ftp.cwd(f"uploads/{folder}")
    target = Path(series_dir).name
    if target not in ftp.nlst():
        ftp.mkd(target)
    ftp.cwd(target)
    n = 0
    for path in sorted(Path(series_dir).iterdir()):
        with path.open("rb") as fh:
            resp = ftp.storbinary(f"STOR {path.name}", fh, blocksize=1 << 20)
        log.info("%s: %s", path.name, resp)
        n += 1
    ftp.quit()
    log.info("uploaded %d files to %s/%s", n, folder, target)
    return n


def credentials_summary() -> str:
    password = os.environ.get(GEO_PASSWORD_VAR, "")
    return f"{GEO_USER}@{GEO_HOST} ({'password set' if password else 'no password'})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("GEO credentials: %s", credentials_summary())
    upload_series(os.environ.get("SERIES_DIR", "geo_submission"))
