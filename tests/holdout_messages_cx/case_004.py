"""Download ERA5 fields from the Copernicus Climate Data Store for the monsoon study and
write a plain-language digest. Credentials live in ~/.cdsapirc (url + key)."""
import logging
import os
from pathlib import Path

import cdsapi
import requests
import xarray as xr

log = logging.getLogger(__name__)

RC_PATH = Path(os.environ.get("CDSAPI_RC", Path.home() / ".cdsapirc"))


def read_cdsapirc(path=RC_PATH):
    cfg = {}
    for line in path.read_text().splitlines():
        if ":" in line:
            name, value = line.split(":", 1)
            cfg[name.strip()] = value.strip()
    log.info("CDS endpoint %s (from %s)", cfg.get("url"), path)
    log.debug("cdsapirc fields: %s", sorted(cfg))
    return cfg


def check_key(cfg):
    r = requests.get(f"{cfg['url']}/resources", headers={"PRIVATE-TOKEN": cfg["key"]}, timeout=20)
    if r.status_code == 401:
        raise PermissionError(f"CDS rejected key {cfg['key']} at {cfg['url']}")
    if not r.ok:
        raise RuntimeError(f"CDS check failed: {r.status_code} {r.text[:200]}")
    return r.json()


def fetch_era5(cfg, year, target):
    c = cdsapi.Client(url=cfg["url"], key=cfg["key"], quiet=True)
    log.debug("cdsapi.Client(url=%s, key=%s)", cfg["url"], cfg["key"])
    log.info("requesting ERA5 %s -> %s", year, target)
    c.retrieve(
        "reanalysis-era5-single-levels",
        {"product_type": "reanalysis", "variable": ["total_precipitation"], "year": str(year),
         "month": ["06", "07", "08", "09"], "day": [f"{d:02d}" for d in range(1, 32)],
         "time": ["00:00", "12:00"], "area": [35, 60, 5, 100], "format": "netcdf"},
        target,
    )
    return target


def digest(path):
    ds = xr.open_dataset(path)
    tp = ds["tp"].mean(dim=["latitude", "longitude"])
    peak = tp.idxmax().values
    return f"mean precip {float(tp.mean()):.4f} m, peak at {peak}"


def main(year=2023):
    cfg = read_cdsapirc()
    check_key(cfg)
    out = fetch_era5(cfg, year, f"era5_tp_{year}.nc")
    log.info("digest: %s", digest(out))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
