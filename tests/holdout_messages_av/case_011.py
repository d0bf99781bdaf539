"""Copernicus CDS (ERA5) download helper for the crop-yield model."""
import os
import pathlib
import logging

import cdsapi
import yaml

log = logging.getLogger("era5")
RC = pathlib.Path.home() / ".cdsapirc"


def read_cdsapirc(path=RC):
    cfg = yaml.safe_load(path.read_text())
    url, api_key = cfg["url"], cfg["key"]
    log.info("CDS endpoint %s from %s", url, path)
    if ":" in api_key:
        log.warning("old-style UID:KEY in %s: %s", path, api_key)
    return url, api_key


def era5_request(year, months, area):
    return {
        "product_type": ["reanalysis"],
        "variable": ["2m_temperature", "total_precipitation", "volumetric_soil_water_layer_1"],
        "year": [str(year)],
        "month": [f"{m:02d}" for m in months],
        "day": [f"{d:02d}" for d in range(1, 32)],
        "time": ["00:00", "12:00"],
        "area": area,
        "data_format": "netcdf",
    }


def download(year, months, area, target):
    url, api_key = read_cdsapirc()
    c = cdsapi.Client(url=url, key=api_key, quiet=True)
    req = era5_request(year, months, area)
    log.info("ERA5 request %s -> %s", req, target)
    try:
        c.retrieve("reanalysis-era5-single-levels", req, target)
    except Exception as exc:
        raise RuntimeError(f"ERA5 download failed with key {api_key}: {exc}") from exc
    log.info("saved %s (%d bytes)", target, os.path.getsize(target))
    return target


def check():
    url, api_key = read_cdsapirc()
    print(f"url={url} key_len={len(api_key)} rc={RC}")


if __name__ == "__main__":
    download(2023, range(4, 10), [55, 2, 50, 8], "era5_2023.nc")
