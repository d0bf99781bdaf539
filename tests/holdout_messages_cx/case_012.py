#!/usr/bin/env python
"""Run the spectral-fit summariser on the ALCF endpoint through Globus Compute.
Usage: python run_remote_fits.py [--verbose] spectra/*.h5"""
import argparse
import os
import sys

from globus_compute_sdk import Executor
from globus_sdk import ConfidentialAppAuthClient

ENDPOINT_ID = os.environ.get("GC_ENDPOINT_ID", "2f9a7b1c-0e44-4c8e-9f2e-5b3a1d7c9e10")


def summarise_fit(path, max_tokens=256):
    import h5py
    from openai import OpenAI
    with h5py.File(path) as f:
        chi2 = float(f["fit/chi2"][()])
        params = {k: float(v[()]) for k, v in f["fit/params"].items()}
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=max_tokens,
        messages=[{"role": "user", "content": f"chi2={chi2:.2f}, params={params}. Summarise the fit."}],
    )
    return path, r.choices[0].message.content


parser = argparse.ArgumentParser()
parser.add_argument("--verbose", action="store_true")
parser.add_argument("files", nargs="+")
args = parser.parse_args()

client_id = os.environ["GLOBUS_COMPUTE_CLIENT_ID"]
client_secret = os.environ["GLOBUS_COMPUTE_CLIENT_SECRET"]

print(f"endpoint {ENDPOINT_ID}, client {client_id}")
if args.verbose:
    print(f"auth: {client_id}:{client_secret}", file=sys.stderr)

auth = ConfidentialAppAuthClient(client_id, client_secret)
token_resp = auth.oauth2_client_credentials_tokens()
print("scopes granted:", sorted(token_resp.by_resource_server))

with Executor(endpoint_id=ENDPOINT_ID) as gce:
    futures = [gce.submit(summarise_fit, p) for p in args.files]
    for fut in futures:
        path, text = fut.result()
        print(f"== {path}\n{text}\n")

print(f"done: {len(args.files)} spectra, max_tokens per call 256")
