"""OMIM / ClinVar lookups used by the report-drafting step of the germline pipeline."""
import os
import warnings

import requests

OMIM_URL = "https://api.omim.org/api/entry"
CLINVAR_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi"
OMIM_KEY_VAR = "OMIM_API_KEY"
NCBI_KEY_VAR = "NCBI_API_KEY"


def omim_key() -> str:
    key = os.environ.get(OMIM_KEY_VAR, "")
    if len(key) != 22:
        warnings.warn(f"OMIM key looks malformed: {key}", RuntimeWarning)
    return key


def omim_entry(mim_number: str) -> dict:
    params = {"mimNumber": mim_number, "include": "text,geneMap", "format": "json", "apiKey": omim_key()}
    resp = requests.get(OMIM_URL, params=params, timeout=20)
    if resp.status_code == 401:
        warnings.warn(f"OMIM refused request for {mim_number}: {resp.status_code}")
        return {}
    if resp.status_code == 429:
        warnings.warn(f"OMIM throttled; params were {params}")
        return {}
    return resp.json()["omim"]["entryList"][0]["entry"]


def clinvar_summary(variation_ids: list[str]) -> dict:
    ncbi_key = os.environ.get(NCBI_KEY_VAR)
    params = {"db": "clinvar", "id": ",".join(variation_ids), "retmode": "json"}
    if ncbi_key:
        params["api_key"] = ncbi_key
    else:
        warnings.warn(f"{NCBI_KEY_VAR} unset; limited to 3 requests/s")
    safe = {k: v for k, v in params.items() if k != "api_key"}
    resp = requests.get(CLINVAR_URL, params=params, timeout=20)
    if not resp.ok:
        warnings.warn(f"ClinVar esummary failed for {safe}: HTTP {resp.status_code}")
    return resp.json().get("result", {})


def gene_context(mim_number: str, variation_ids: list[str]) -> str:
    entry = omim_entry(mim_number)
    cv = clinvar_summary(variation_ids)
    title = entry.get("titles", {}).get("preferredTitle", "?")
    sigs = [cv[v]["germline_classification"]["description"] for v in cv.get("uids", [])]
    return f"{title}: " + "; ".join(sigs)
