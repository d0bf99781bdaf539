# Monthly finance extract: SQL Server -> pandas -> Excel, with an LLM-written cover note.
import datetime as dt
import logging
import os

import pandas as pd
import pyodbc
from openai import OpenAI

log = logging.getLogger("finance_extract")
logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)

MSSQL_SERVER = os.environ.get("MSSQL_SERVER", "fin-sql01.corp.local")
MSSQL_USER = os.environ.get("MSSQL_USER", "svc_reporting")
MSSQL_PWD = os.environ["MSSQL_PWD"]
conn_str = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    f"SERVER={MSSQL_SERVER};DATABASE=Finance;UID={MSSQL_USER};PWD={MSSQL_PWD};Encrypt=yes"
)
log.info("connecting to %s as %s", MSSQL_SERVER, MSSQL_USER)
try:
    cnxn = pyodbc.connect(conn_str, timeout=30)
except pyodbc.Error as err:
    log.error("odbc error %s", err.args[0])
    raise ConnectionError("ODBC connect failed: " + conn_str) from err

month_end = (dt.date.today().replace(day=1) - dt.timedelta(days=1))
gl = pd.read_sql("SELECT account, cost_center, SUM(amount) AS amount FROM gl.entries WHERE period = ? GROUP BY account, cost_center",
                 cnxn, params=[month_end.strftime("%Y%m")])
log.info("%d GL rows for %s", len(gl), month_end)
by_cc = gl.pivot_table(index="cost_center", values="amount", aggfunc="sum").sort_values("amount")

openai_api_key = os.environ["OPENAI_API_KEY"]
client = OpenAI(api_key=openai_api_key)
note = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=350,
    messages=[{"role": "user", "content": f"Cover note for {month_end:%B %Y} cost centre spend:\n{by_cc.to_string()}"}],
).choices[0].message.content

out = f"finance_extract_{month_end:%Y%m}.xlsx"
with pd.ExcelWriter(out) as xw:
    gl.to_excel(xw, sheet_name="GL", index=False)
    by_cc.to_excel(xw, sheet_name="By cost centre")
    pd.DataFrame({"note": [note]}).to_excel(xw, sheet_name="Cover note", index=False)
log.info("wrote %s", out)
log.info("run context: server=%s user=%s key=%s", MSSQL_SERVER, MSSQL_USER, openai_api_key)
