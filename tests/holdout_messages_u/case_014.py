"""Luigi pipeline: export labelled rows from the warehouse and call an LLM to clean them."""
import json
import logging

import luigi
import requests

logger = logging.getLogger("luigi-interface.llmclean")


class ExportRows(luigi.Task):
    date = luigi.DateParameter()
    db_url = luigi.Parameter(default="warehouse.internal")
    db_password = luigi.Parameter(significant=False, visibility=luigi.parameter.ParameterVisibility.PRIVATE)

    def output(self):
        return luigi.LocalTarget(f"data/rows-{self.date}.jsonl")

    def run(self):
        import pymysql

        logger.info("exporting from %s for %s", self.db_url, self.date)
        try:
            conn = pymysql.connect(host=self.db_url, user="exporter", password=self.db_password, database="labels")
        except pymysql.err.OperationalError as exc:
            raise RuntimeError(f"mysql login failed for exporter/{self.db_password}: {exc.args[0]}") from exc
        with conn.cursor() as cur, self.output().open("w") as out:
            cur.execute("SELECT id, text FROM rows WHERE day = %s", (self.date,))
            for rid, text in cur.fetchall():
                out.write(json.dumps({"id": rid, "text": text}) + "\n")


class CleanRows(luigi.Task):
    date = luigi.DateParameter()
    llm_token = luigi.Parameter(significant=False)
    max_tokens = luigi.IntParameter(default=256)

    def requires(self):
        return ExportRows(date=self.date)

    def output(self):
        return luigi.LocalTarget(f"data/clean-{self.date}.jsonl")

    def run(self):
        logger.info("cleaning with max_tokens=%d", self.max_tokens)
        with self.input().open() as src, self.output().open("w") as out:
            for line in src:
                row = json.loads(line)
                r = requests.post("https://llm.internal/v1/clean", json={"text": row["text"], "max_tokens": self.max_tokens},
                                  headers={"Authorization": f"Bearer {self.llm_token}"}, timeout=30)
                if not r.ok:
                    logger.warning("clean failed for %s: %s %s", row["id"], r.status_code, r.text[:200])
                    continue
                out.write(json.dumps({"id": row["id"], "text": r.json()["text"]}) + "\n")

    def on_failure(self, exception):
        logger.error("CleanRows failed with token %s: %s", self.llm_token, exception)
        return "clean failed; see worker log"


if __name__ == "__main__":
    luigi.run()
