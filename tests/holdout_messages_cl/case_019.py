# one-off: move carrier credentials from the old carriers.ini into the OS keyring
import configparser
import sys

import keyring

SERVICE = "dc-carrier-hub"
INI = sys.argv[1] if len(sys.argv) > 1 else "carriers.ini"
SECRET_FIELDS = ("api_key", "password", "client_secret")

cp = configparser.ConfigParser()
if not cp.read(INI):
    sys.exit(f"cannot read {INI}")

moved = 0
for section in cp.sections():
    sec = cp[section]
    print(f"[{section}] fields: {', '.join(sec.keys())}")
    for field_name in SECRET_FIELDS:
        value = sec.get(field_name, "")
        if not value:
            print(f"  {field_name}: empty ({value!r}), skipped")
            continue
        try:
            keyring.set_password(SERVICE, f"{section}/{field_name}", value)
        except keyring.errors.PasswordSetError as e:
            print(f"  could not store {section}/{field_name}={value}: {e}", file=sys.stderr)
            continue
        print(f"  {field_name}: stored ({len(value)} chars)")
        moved += 1
        sec[field_name] = ""

    account = sec.get("account_number")
    print(f"  account number kept in ini: {account}")

if "--verify" in sys.argv:
    for section in cp.sections():
        got = keyring.get_password(SERVICE, f"{section}/api_key")
        print(f"verify {section}: {got}")

with open(INI, "w") as fh:
    cp.write(fh)

print(f"moved {moved} secrets to keyring service {SERVICE!r}")
print("remember to delete backups of", INI)
