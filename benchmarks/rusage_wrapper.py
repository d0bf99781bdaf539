"""Run one command and report its wall time, CPU time and peak RSS (run.py's measuring wrapper).

    python -I -S benchmarks/rusage_wrapper.py RESULT_FILE COMMAND [ARG ...]

Why a wrapper: Linux charges the resident set of the image a process replaces at exec() to the
new program's ru_maxrss, so a command spawned straight from run.py (tens of MiB, more after it
has read a tool's report) would never show a peak below run.py's own.  This script stays
small (about 9 MiB with -I -S), so that floor is its size instead.

It makes itself a child subreaper, so descendants that outlive the command (a multiprocessing
forkserver and its workers) are re-parented here and reaped, then reports, as one line
`wall_s cpu_s maxrss_kib exit_code orphans` in RESULT_FILE:
- wall: time.perf_counter() from spawn to the command's exit;
- CPU: user+sys of getrusage(RUSAGE_CHILDREN) once every descendant is reaped;
- peak RSS: ru_maxrss of RUSAGE_CHILDREN, the largest resident set of any one process of
  the tree (not a sum).
The command inherits stdin, stdout, stderr, the working directory and the environment.
"""

import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: orphans go to init and their usage is lost (run.py says so)


def main() -> int:
    result_file, argv = sys.argv[1], sys.argv[2:]
    become_subreaper()
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ)
    _, status = os.waitpid(pid, 0)
    wall = time.perf_counter() - start
    orphans = 0
    while True:  # descendants that outlived the command; they end with its pipes
        try:
            os.wait()
        except ChildProcessError:
            break
        orphans += 1
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(result_file, "w") as f:
        f.write(f"{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss} "
                f"{os.waitstatus_to_exitcode(status)} {orphans}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
