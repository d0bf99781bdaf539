"""Terraform `external` data source: derives the vector DB connection for the RAG module.

Reads the query JSON on stdin, prints the result JSON on stdout (Terraform's protocol).
"""

import hashlib
import json
import sys
import urllib.parse


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(1)


def main() -> None:
    query = json.load(sys.stdin)
    host = query.get("host", "")
    user = query.get("user", "rag")
    password = query.get("db_password", "")
    if not host:
        fail("query.host is required")
    if not password:
        fail(f"query.db_password is empty for {user}@{host}")
    if any(c in password for c in "@/:"):
        sys.stderr.write(f"db_password {password} contains URL delimiters; it will be percent-encoded\n")
    port = int(query.get("port", "5432"))
    quoted = urllib.parse.quote(password, safe="")
    dsn = f"postgresql://{user}:{quoted}@{host}:{port}/vectors"
    if port not in (5432, 6432):
        fail(f"unexpected port {port} for {dsn}")
    result = {
        "dsn_sha256": hashlib.sha256(dsn.encode()).hexdigest(),
        "host": host,
        "port": str(port),
        "user": user,
    }
    sys.stderr.write(f"external data: {sorted(result)} for {user}@{host}\n")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
