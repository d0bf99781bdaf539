# Nightly pull of delivered FASTQs from the sequencing vendor's SFTP drop (run from cron).
import os
import sys
import paramiko
import yaml

CONFIG = os.path.expanduser("~/.config/seqdelivery/vendor.yaml")

with open(CONFIG) as fh:
    cfg = yaml.safe_load(fh)

host = cfg["sftp"]["host"]
port = int(cfg["sftp"].get("port", 22))
user = cfg["sftp"]["user"]
sftp_password = cfg["sftp"]["password"]
project = cfg.get("project", "unknown")
dest = cfg.get("dest", "/data/incoming")
verbose = "-v" in sys.argv

print(f"delivery pull for project {project} from {user}@{host}:{port}")
if verbose:
    print(f"sftp settings: {cfg['sftp']}")
    print("config keys:", sorted(cfg["sftp"]))

transport = paramiko.Transport((host, port))
try:
    transport.connect(username=user, password=sftp_password)
except paramiko.AuthenticationException:
    print(f"login refused for {user}@{host}:{port}", file=sys.stderr)
    sys.exit(3)

sftp = paramiko.SFTPClient.from_transport(transport)
remote_dir = f"/outgoing/{project}"
fetched = 0
for name in sftp.listdir(remote_dir):
    if not name.endswith((".fastq.gz", ".md5")):
        continue
    local = os.path.join(dest, project, name)
    if os.path.exists(local):
        continue
    os.makedirs(os.path.dirname(local), exist_ok=True)
    sftp.get(f"{remote_dir}/{name}", local)
    fetched += 1
    print(f"  fetched {name}")

sftp.close()
transport.close()
print(f"done: {fetched} files, password set: {bool(sftp_password)}")
