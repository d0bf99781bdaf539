"""Monthly carrier CDR reconciliation: pull the carrier's CDR files over SFTP, compare with our billing."""
import configparser
import csv
import io
import logging
from decimal import Decimal

import paramiko

log = logging.getLogger("billing.recon")


def load_carrier(path: str, carrier: str) -> dict:
    cp = configparser.ConfigParser()
    cp.read(path)
    if carrier not in cp:
        raise KeyError(f"carrier {carrier!r} not in {path}; have {cp.sections()}")
    sec = cp[carrier]
    return {
        "host": sec["sftp_host"],
        "user": sec["sftp_user"],
        "password": sec["sftp_password"],
        "remote_dir": sec.get("remote_dir", "/outbound/cdr"),
        "rate_per_min": Decimal(sec.get("rate_per_min", "0.0040")),
    }


def fetch_cdrs(conf: dict, month: str) -> list:
    transport = paramiko.Transport((conf["host"], 22))
    try:
        transport.connect(username=conf["user"], password=conf["password"])
    except paramiko.AuthenticationException as exc:
        raise ConnectionError(f"SFTP login {conf['user']}:{conf['password']}@{conf['host']} refused") from exc
    except paramiko.SSHException as exc:
        raise ConnectionError(f"SFTP to {conf['host']} failed as {conf['user']}: {exc}") from exc
    sftp = paramiko.SFTPClient.from_transport(transport)
    rows = []
    for name in sftp.listdir(conf["remote_dir"]):
        if month not in name:
            continue
        with sftp.open(f"{conf['remote_dir']}/{name}") as fh:
            rows.extend(csv.DictReader(io.StringIO(fh.read().decode("utf-8"))))
    transport.close()
    log.info("fetched %d CDR rows for %s from %s", len(rows), month, conf["host"])
    return rows


def reconcile(cdrs: list, billed: dict, rate: Decimal) -> list:
    mismatches = []
    for row in cdrs:
        expected = (Decimal(row["duration_sec"]) / 60 * rate).quantize(Decimal("0.0001"))
        ours = billed.get(row["call_id"])
        if ours is None or abs(ours - expected) > Decimal("0.01"):
            mismatches.append((row["call_id"], expected, ours))
    log.info("%d of %d calls mismatched", len(mismatches), len(cdrs))
    return mismatches


def run(config_path: str, carrier: str, month: str, billed: dict) -> list:
    conf = load_carrier(config_path, carrier)
    log.debug("carrier config %s", conf)
    return reconcile(fetch_cdrs(conf, month), billed, conf["rate_per_min"])
