# depo_transcribe.py -- court-reporter backlog: transcribe deposition audio with AssemblyAI,
# then run the summary model's ModelRed suite. Exported from the litigation-support notebook.
import asyncio
import os
import sys
import time

import assemblyai as aai
from modelred import ModelRed, QuotaExceededError, ModelRedError

AUDIO_DIR = sys.argv[1] if len(sys.argv) > 1 else "depositions/2024-11"
aai_key = os.environ.get("ASSEMBLYAI_API_KEY")
if aai_key is None:
    raise SystemExit("set ASSEMBLYAI_API_KEY first")
if len(aai_key) != 32:
    raise ValueError(f"AssemblyAI key looks malformed: {aai_key}")
print(f"AssemblyAI key ok (len {len(aai_key)})")
aai.settings.api_key = aai_key

config = aai.TranscriptionConfig(speaker_labels=True, speakers_expected=3, punctuate=True)
transcriber = aai.Transcriber(config=config)
started = time.time()
for name in sorted(os.listdir(AUDIO_DIR)):
    if not name.endswith((".mp3", ".wav", ".m4a")):
        continue
    t = transcriber.transcribe(os.path.join(AUDIO_DIR, name))
    if t.status == aai.TranscriptStatus.error:
        print(f"{name}: transcription error {t.error}", file=sys.stderr)
        continue
    with open(os.path.join(AUDIO_DIR, name.rsplit(".", 1)[0] + ".txt"), "w") as out:
        for u in t.utterances:
            out.write(f"SPEAKER {u.speaker}: {u.text}\n")
    print(f"{name}: {len(t.utterances)} utterances, {t.audio_duration}s")
print(f"done in {time.time() - started:.0f}s")

mr_key = os.environ["MODELRED_API_KEY"]


async def check_summary_model():
    async with ModelRed(api_key=mr_key) as client:
        try:
            res = await client.run_assessment(model_id="depo-summary-v2", test_suites=["hallucination", "pii_leakage"], priority="high", wait_for_completion=True)
            print("assessment", res.get("assessment_id"), res.get("status"))
        except QuotaExceededError as e:
            print("ModelRed quota exceeded:", e, file=sys.stderr)
        except ModelRedError:
            print(f"ModelRed call failed with key {mr_key}", file=sys.stderr)


asyncio.run(check_summary_model())
