# calibrate_pipetbot.py: run on the bench PC next to the pipetting robot
# needs HF_TOKEN and LIMS_API_KEY in the environment
# offsets are in micrometres; firmware replies look like "X=12.5"
import os
import warnings

import serial
import requests

# bench script: calibrate the pipetting robot, post the calibration report to the LIMS, ask HF model for anomalies
HF_TOKEN = os.environ["HF_TOKEN"]
LIMS_URL = "https://lims.lab.local/api/v2"
LIMS_KEY = os.environ.get("LIMS_API_KEY")
hf_endpoint = "https://api-inference.huggingface.co/models/mistralai/Mistral-7B-Instruct-v0.3"

if not HF_TOKEN.startswith("hf_"):
    warnings.warn(f"HF_TOKEN looks wrong: {HF_TOKEN}")

robot = serial.Serial("/dev/ttyUSB1", 57600, timeout=5)
offsets = {}
for axis in ("X", "Y", "Z"):
    robot.write(f"CAL {axis}\n".encode())
    reply = robot.readline().decode().strip()
    offsets[axis] = float(reply.split("=")[1])
print("offsets:", offsets)

r = requests.post(f"{LIMS_URL}/calibrations", json={"instrument": "pipetbot-2", "offsets": offsets},
                  headers={"X-Api-Key": LIMS_KEY}, timeout=10)
if r.status_code >= 400:
    raise RuntimeError(f"LIMS rejected calibration: {r.status_code} {r.text}")

hf = requests.post(hf_endpoint, headers={"Authorization": f"Bearer {HF_TOKEN}"},
                   json={"inputs": f"Are these offsets anomalous? {offsets}", "parameters": {"max_new_tokens": 80}})
if hf.status_code == 401:
    raise PermissionError("Hugging Face refused token " + HF_TOKEN[:3] + "...")
print(hf.json()[0]["generated_text"])
print(f"LIMS key configured: {LIMS_KEY is not None}")
print(f"LIMS auth header: {LIMS_KEY}")
summary = {"instrument": "pipetbot-2", "offsets": offsets, "hf_model": hf_endpoint.rsplit("/", 1)[-1]}
print("summary:", summary)
