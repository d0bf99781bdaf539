# one-off: re-run Whisper on episodes whose captions failed QA; run from cron at top level
import logging
import os
import sqlite3

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("rewhisper")

DB = os.environ.get("CAPTIONS_DB", "/var/lib/captions/captions.db")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY") or open(os.path.expanduser("~/.openai_key")).read().strip()
AUTH = {"Authorization": "Bearer " + OPENAI_KEY}

log.info("db=%s key_len=%d", DB, len(OPENAI_KEY))

con = sqlite3.connect(DB)
rows = con.execute("select id, audio_path, lang from episodes where qa_status = 'failed' limit 50").fetchall()
log.info("%d episodes to redo", len(rows))
if not rows:
    log.info("nothing to do")

for ep_id, path, lang in rows:
    with open(path, "rb") as fh:
        r = requests.post("https://api.openai.com/v1/audio/transcriptions", headers=AUTH, files={"file": fh}, data={"model": "whisper-1", "language": lang, "response_format": "srt"}, timeout=300)
    if r.status_code == 401:
        log.error("openai 401 with auth %s", AUTH)
        break
    if r.status_code != 200:
        log.warning("episode %s: %s %s", ep_id, r.status_code, r.text[:200])
        continue
    con.execute("update episodes set srt = ?, qa_status = 'pending' where id = ?", (r.text, ep_id))
    con.commit()
    log.info("episode %s redone (%d bytes srt)", ep_id, len(r.text))

con.close()

# summary for the cron mail
remaining = sqlite3.connect(DB).execute("select count(*) from episodes where qa_status = 'failed'").fetchone()[0]
if remaining > 40:
    raise RuntimeError(f"{remaining} episodes still failing; check key {OPENAI_KEY}")
log.info("done, %d still failing", remaining)
log.info("auth scheme %s", AUTH["Authorization"].split()[0])
