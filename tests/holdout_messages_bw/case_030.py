"""YouTube caption track uploader with translated captions (DeepL) and an LLM glossary pass."""
import logging
import os

import deepl
from googleapiclient.discovery import build
from googleapiclient.http import MediaInMemoryUpload
from openai import OpenAI

log = logging.getLogger("captions")
LANGS = ["DE", "ES", "FR", "PT-BR"]


class CaptionPublisher:
    def __init__(self, creds, deepl_key: str):
        self.yt = build("youtube", "v3", credentials=creds)
        self.translator = deepl.Translator(deepl_key)
        self.deepl_key = deepl_key
        self.llm = OpenAI()
        self.glossary_name = "channel-terms"

    def usage(self):
        u = self.translator.get_usage()
        log.info("deepl usage %s/%s chars", u.character.count, u.character.limit)
        return u

    def fix_terms(self, srt: str, lang: str) -> str:
        r = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=4096,
                                             messages=[{"role": "user", "content": f"Keep channel terms untranslated ({lang}):\n{srt}"}])
        return r.choices[0].message.content

    def publish(self, video_id: str, srt_en: str):
        for lang in LANGS:
            try:
                tr = self.translator.translate_text(srt_en, target_lang=lang).text
            except deepl.AuthorizationException:
                raise RuntimeError(f"DeepL rejected the key {self.deepl_key} for {lang}")
            except deepl.DeepLException as e:
                log.error("deepl %s failed: %s", lang, e)
                continue
            fixed = self.fix_terms(tr, lang)
            body = {"snippet": {"videoId": video_id, "language": lang.lower()[:2], "name": f"AI {lang}"}}
            self.yt.captions().insert(part="snippet", body=body,
                                      media_body=MediaInMemoryUpload(fixed.encode(), mimetype="application/x-subrip")).execute()
            log.info("caption %s uploaded for %s using glossary %s", lang, video_id, self.glossary_name)


if __name__ == "__main__":
    import pickle
    with open("token.pickle", "rb") as fh:
        creds = pickle.load(fh)
    key = os.environ["DEEPL_AUTH_KEY"]
    print("DeepL key type:", "free" if key.endswith(":fx") else "pro")
    pub = CaptionPublisher(creds, key)
    pub.usage()
    log.warning("running with DEEPL_AUTH_KEY=%s", key)
    pub.publish(os.environ["VIDEO_ID"], open("captions.en.srt").read())
