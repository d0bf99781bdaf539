"""Audiogram maker: waveform video from podcast clip, caption via AssemblyAI, hook via LLM."""
import logging
import os
import subprocess
import time

import requests

log = logging.getLogger("audiogram")
AAI = "https://api.assemblyai.com/v2"


def transcribe(path: str, aai_key: str) -> str:
    h = {"authorization": aai_key}
    with open(path, "rb") as fh:
        up = requests.post(f"{AAI}/upload", headers=h, data=fh, timeout=120)
    if up.status_code != 200:
        raise RuntimeError(f"upload failed {up.status_code}: {up.text[:160]}")
    job = requests.post(f"{AAI}/transcript", headers=h, json={"audio_url": up.json()["upload_url"]}, timeout=30).json()
    log.info("assemblyai job %s", job["id"])
    while True:
        st = requests.get(f"{AAI}/transcript/{job['id']}", headers=h, timeout=30).json()
        if st["status"] == "completed":
            return st["text"]
        if st["status"] == "error":
            raise RuntimeError(f"transcription error {st.get('error')} (auth {h})")
        time.sleep(3)


def hook_line(text: str) -> str:
    r = requests.post("https://api.openai.com/v1/chat/completions",
                      headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
                      json={"model": "gpt-4o-mini", "max_tokens": 30,
                            "messages": [{"role": "user", "content": f"One-line hook for: {text[:1500]}"}]}, timeout=30)
    data = r.json()
    log.info("hook usage %s tokens", data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"].strip()


def render(audio: str, caption: str, out: str):
    subprocess.run(["ffmpeg", "-y", "-i", audio, "-filter_complex",
                    f"showwaves=s=1080x1080:mode=cline,drawtext=text='{caption[:60]}':y=900:x=(w-tw)/2:fontsize=48",
                    out], check=True)


if __name__ == "__main__":
    import sys
    key = os.environ["ASSEMBLYAI_API_KEY"]
    print(f"using AssemblyAI key {key}", file=sys.stderr)
    text = transcribe(sys.argv[1], key)
    render(sys.argv[1], hook_line(text), sys.argv[2])
