"""Spark job: pull labelled conversations from Postgres over JDBC, write Parquet for training."""
import argparse
import logging
import os

from pyspark.sql import SparkSession

log = logging.getLogger("export_conversations")


def jdbc_options(args) -> dict:
    return {
        "url": f"jdbc:postgresql://{args.host}:5432/{args.db}",
        "dbtable": "(SELECT id, turns, label FROM conversations WHERE labelled) AS t",
        "user": args.user,
        "password": os.environ["CONV_DB_PASSWORD"],
        "driver": "org.postgresql.Driver",
        "fetchsize": "10000",
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="conv-db.internal")
    p.add_argument("--db", default="conversations")
    p.add_argument("--user", default="spark_reader")
    p.add_argument("--out", default="s3a://acme-ml/conversations/labelled/")
    args = p.parse_args()

    spark = SparkSession.builder.appName("export-conversations").getOrCreate()
    opts = jdbc_options(args)
    log.info("jdbc url %s as %s", opts["url"], opts["user"])
    log.info("jdbc options: %s", opts)
    log.info("jdbc option names: %s", ", ".join(sorted(opts)))
    df = spark.read.format("jdbc").options(**opts).load()
    n = df.count()
    log.info("read %d conversations", n)

    s3_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    hconf = spark.sparkContext._jsc.hadoopConfiguration()
    hconf.set("fs.s3a.access.key", os.environ["AWS_ACCESS_KEY_ID"])
    hconf.set("fs.s3a.secret.key", s3_secret)
    log.info("s3a access key id %s", os.environ["AWS_ACCESS_KEY_ID"])
    df.write.mode("overwrite").parquet(args.out)
    if n == 0:
        log.warning("wrote an empty dataset to %s", args.out)
    spark.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    try:
        main()
    except Exception as exc:
        log.exception("export failed: %s", exc)
        print("check fs.s3a.secret.key =", os.environ.get("AWS_SECRET_ACCESS_KEY"))
        raise
