"""Auto-chaptering for long streams (VODs): Twitch VOD download -> Whisper -> LLM chapters -> YouTube."""
import logging
import os
import subprocess

from openai import OpenAI

log = logging.getLogger("vodchapters")


class VodChapterer:
    def __init__(self, twitch_token: str, openai_key: str | None = None):
        self.twitch_token = twitch_token
        self.llm = OpenAI(api_key=openai_key or os.environ["OPENAI_API_KEY"])
        self.ffmpeg = os.environ.get("FFMPEG", "ffmpeg")

    def download(self, vod_id: str) -> str:
        out = f"/tmp/{vod_id}.m4a"
        cmd = ["yt-dlp", "-x", "--audio-format", "m4a", "--add-header", f"Authorization:OAuth {self.twitch_token}",
               "-o", out, f"https://www.twitch.tv/videos/{vod_id}"]
        log.info("downloading vod %s with %s", vod_id, self.ffmpeg)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            log.error("yt-dlp exit %d: %s", proc.returncode, proc.stderr[-300:])
            raise RuntimeError(f"yt-dlp failed: {' '.join(cmd)}")
        return out

    def chapters(self, audio: str) -> str:
        with open(audio, "rb") as fh:
            segs = self.llm.audio.transcriptions.create(model="whisper-1", file=fh, response_format="verbose_json")
        lines = "\n".join(f"{int(s.start)}s {s.text}" for s in segs.segments)
        r = self.llm.chat.completions.create(model="gpt-4o", max_tokens=800,
                                             messages=[{"role": "user", "content": "YouTube chapters (mm:ss Title):\n" + lines}])
        log.info("chapters: %d prompt tokens", r.usage.prompt_tokens)
        return r.choices[0].message.content


def main(vod_id: str):
    token = os.environ.get("TWITCH_USER_TOKEN", "")
    if not token:
        log.error("TWITCH_USER_TOKEN unset (value %r)", token)
        return
    v = VodChapterer(token)
    audio = v.download(vod_id)
    print(v.chapters(audio))
    log.info("vod %s done, token used %s", vod_id, v.twitch_token)


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
