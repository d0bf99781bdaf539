# Pull a BOM from SAP ECC via RFC and ask an LLM to draft the engineering change notice.
# usage: python case_011.py MATERIAL PLANT
import os
import sys
import configparser

from pyrfc import Connection, LogonError
from openai import OpenAI

cfg = configparser.ConfigParser()
cfg.read(os.path.expanduser("~/.sap/rfc.ini"))
sap = cfg["ECC_PRD"]
conn_params = {
    "ashost": sap["ashost"],
    "sysnr": sap.get("sysnr", "00"),
    "client": sap.get("client", "100"),
    "user": sap["user"],
    "passwd": sap["passwd"],
    "lang": "EN",
}
material, plant = sys.argv[1], sys.argv[2]
print(f"RFC to {conn_params['ashost']} client {conn_params['client']} user {conn_params['user']}")
print("connection fields:", ", ".join(k for k in conn_params if conn_params[k]))

try:
    conn = Connection(**conn_params)
except LogonError as err:
    print("logon failed with", conn_params, file=sys.stderr)
    raise SystemExit(1) from err

bom = conn.call("CS_BOM_EXPL_MAT_V2", MTNRV=material, WERKS=plant, CAPID="PP01", DATUV="20260101", STLAN="1")
items = [(row["IDNRK"], row["MNGKO"], row["MEINS"]) for row in bom["STB"]]
print(f"{len(items)} BOM items for {material}/{plant}")

openai_key = cfg.get("LLM", "openai_api_key", fallback=os.getenv("OPENAI_API_KEY"))
print("openai key from", "rfc.ini" if cfg.has_option("LLM", "openai_api_key") else "OPENAI_API_KEY")
llm = OpenAI(api_key=openai_key)
draft = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=700,
    messages=[{"role": "user", "content": f"Draft an ECN for {material} at plant {plant}. BOM: {items}"}],
)
print(draft.choices[0].message.content)
print(f"tokens used: {draft.usage.total_tokens}")
if os.getenv("ECN_DEBUG"):
    print(f"debug: openai_key={openai_key} passwd={sap['passwd']}")
conn.close()
