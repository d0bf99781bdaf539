"""Apache Beam (Dataflow) pipeline: summarise call transcripts with Vertex/Gemini REST."""
import argparse
import logging

import apache_beam as beam
import requests
from apache_beam.options.pipeline_options import PipelineOptions


class Summarise(beam.DoFn):
    def __init__(self, gemini_api_key: str, model: str, max_output_tokens: int = 256):
        self.gemini_api_key = gemini_api_key
        self.model = model
        self.max_output_tokens = max_output_tokens

    def setup(self):
        self.session = requests.Session()
        logging.info("worker setup: model %s, max_output_tokens %d", self.model, self.max_output_tokens)

    def process(self, element):
        url = f"https://generativelanguage.googleapis.com/v1beta/models/{self.model}:generateContent"
        resp = self.session.post(url, params={"key": self.gemini_api_key}, json={
            "contents": [{"parts": [{"text": f"Summarise this call:\n{element['transcript']}"}]}],
            "generationConfig": {"maxOutputTokens": self.max_output_tokens}}, timeout=60)
        if resp.status_code == 400 and "API_KEY_INVALID" in resp.text:
            raise ValueError(f"Gemini rejected key {self.gemini_api_key}")
        if not resp.ok:
            logging.warning("call %s: HTTP %s %s", element["call_id"], resp.status_code, resp.text[:200])
            return
        body = resp.json()
        logging.debug("usage %s", body.get("usageMetadata", {}).get("totalTokenCount"))
        yield {"call_id": element["call_id"],
               "summary": body["candidates"][0]["content"]["parts"][0]["text"]}


def run(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output_table", required=True)
    parser.add_argument("--gemini_api_key", required=True)
    parser.add_argument("--model", default="gemini-1.5-flash")
    known, beam_args = parser.parse_known_args(argv)
    logging.info("launching with %s", known)
    logging.info("input=%s output=%s model=%s", known.input, known.output_table, known.model)
    with beam.Pipeline(options=PipelineOptions(beam_args)) as p:
        (p
         | beam.io.ReadFromBigQuery(table=known.input)
         | beam.ParDo(Summarise(known.gemini_api_key, known.model))
         | beam.io.WriteToBigQuery(known.output_table, write_disposition="WRITE_APPEND"))


if __name__ == "__main__":
    logging.getLogger().setLevel(logging.INFO)
    run()
