"""Video caption burn-in job runner (ffmpeg + OpenAI for line breaking)."""
import logging
import os
import shlex
import subprocess

from openai import OpenAI

log = logging.getLogger("burnin")


class BurnInJob:
    def __init__(self, video, srt_path, openai_key=None, max_chars=42):
        self.video = video
        self.srt_path = srt_path
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.max_chars = max_chars
        self.llm = OpenAI(api_key=self.openai_key)

    def rebreak(self, text):
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=200,
            messages=[{"role": "user", "content": f"Break into lines of at most {self.max_chars} chars:\n{text}"}],
        )
        log.debug("rebreak used %d tokens", resp.usage.total_tokens)
        return resp.choices[0].message.content

    def command(self, out):
        style = "FontName=Inter,FontSize=22,Outline=2"
        return ["ffmpeg", "-y", "-i", self.video, "-vf", f"subtitles={self.srt_path}:force_style='{style}'", out]

    def run(self, out):
        cmd = self.command(out)
        log.info("running %s", shlex.join(cmd))
        env = dict(os.environ)
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            log.error("ffmpeg failed rc=%s stderr=%s", proc.returncode, proc.stderr[-500:])
            log.debug("ffmpeg env vars %s", sorted(env))
            raise RuntimeError(f"burn-in failed for {self.video}")
        return out

    def describe(self):
        return {"video": self.video, "srt": self.srt_path, "max_chars": self.max_chars, "key_len": len(self.openai_key)}


def main(video, srt_path):
    job = BurnInJob(video, srt_path)
    log.info("job %s", job.describe())
    try:
        return job.run(video.replace(".mp4", ".burned.mp4"))
    except RuntimeError:
        log.exception("job failed; openai key was %s", job.openai_key)
        raise
