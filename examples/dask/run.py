#!/usr/bin/env python3
"""newsx as the map step of a Dask cluster.

Reads articles (a folder of .txt/.md files, or an NDJSON file of {"id", "text", "dct"?} records),
cuts them into partitions, pipes each partition through
`newsx analyze --input ndjson --format ndjson --concurrency off` on a Dask worker, and writes the
reports as NDJSON in input order. See README.md next to this file.

Exit codes: 0 every article analysed; 1 some article could not be read or analysed (each named on
stderr); 2 usage error; 3 a partition's newsx process died and its missing articles are named.
"""

import argparse
import codecs
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections import deque

from distributed import Client, LocalCluster

NEWSX_ARGS = ["analyze", "--input", "ndjson", "--format", "ndjson", "--concurrency", "off"]


def analyze_partition(command, lines):
    """Runs on a worker: one newsx process for the partition's records. Returns what it said."""
    try:
        done = subprocess.run(command + NEWSX_ARGS, input="\n".join(lines) + "\n", capture_output=True, encoding="utf-8")
    except OSError as error:
        return {"code": None, "stdout": "", "stderr": f"cannot start {command[0]}: {error}\n"}
    return {"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


class Record:
    """One article on its way: where it came from, its id, and its NDJSON line (or why there is none)."""

    def __init__(self, where, id, line=None, problem=None, warning=None):
        self.where, self.id, self.line, self.problem, self.warning = where, id, line, problem, warning

    def name(self):
        return self.where if self.id in (None, self.where) else f"{self.where} (id {self.id})"


# Windows-1252 leaves five bytes undefined; newsx reads them as the C1 control characters they are in Latin-1.
codecs.register_error("newsx-c1", lambda error: (chr(error.object[error.start]), error.start + 1))


def decode(data):
    """Bytes to text as newsx's `--encoding auto` decodes a file, and the warning it prints, if any:
    UTF-16 with a BOM, no NUL bytes, UTF-8 (BOM dropped) when valid, otherwise Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), None
    if b"\x00" in data:
        raise ValueError(f"binary file (NUL byte at offset {data.index(0)})")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="newsx-c1")
        at = error.start
        line, column = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        return text, f"not valid UTF-8 (byte 0x{data[at]:02x} at line {line}, column {column}); read as Windows-1252"


def folder_records(folder):
    """Every *.txt and *.md under the folder, sorted, named as `newsx analyze FOLDER` names them."""
    paths = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        paths += [os.path.join(root, f) for f in files if f.endswith((".txt", ".md")) and not f.startswith(".")]
    for path in sorted(map(os.path.abspath, paths)):
        relative = os.path.relpath(path)
        name = path if relative.startswith("..") else relative
        try:
            with open(path, "rb") as file:
                text, warning = decode(file.read())
        except OSError as error:
            yield Record(name, name, problem=f"cannot read ({error.strerror})")
            continue
        except ValueError as error:
            yield Record(name, name, problem=str(error))
            continue
        yield Record(name, name, line=json.dumps({"id": name, "text": text}, ensure_ascii=False), warning=warning)


def ndjson_records(path):
    """The records of an NDJSON file (- for stdin), each checked to be a JSON object; newsx checks the rest."""
    file = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with file:
        for number, raw in enumerate(file, 1):
            raw = raw.rstrip("\r\n")
            if not raw.strip():
                continue
            where = f"{'<stdin>' if path == '-' else path}:{number}"
            try:
                value = json.loads(raw)
            except ValueError:
                value = None
            if not isinstance(value, dict):
                yield Record(where, None, problem="not a JSON object")
            else:
                id = value.get("id")
                yield Record(where, str(id) if isinstance(id, (str, int)) and not isinstance(id, bool) else None, line=raw)


def partitions(records, size):
    """Records in partitions of `size` lines; records that are already problems travel along."""
    batch, lines = [], 0
    for record in records:
        batch.append(record)
        lines += record.line is not None
        if lines == size:
            yield batch
            batch, lines = [], 0
    if batch:
        yield batch


def collect(batch, outcome, write, complain):
    """Writes a partition's reports in input order and names every record that did not come back.

    newsx keeps input order and names each record it could not analyse (by its id, or as
    `<stdin>:N` when it has none), so a record with neither a report nor a named problem was lost:
    its newsx process died. Returns how many records failed and how many were lost.
    """
    by_line, by_id = {}, []
    for text in outcome["stderr"].splitlines():
        match = re.fullmatch(r"newsx: <stdin>:(\d+): (.*)", text)
        if match:
            by_line[int(match[1])] = match[2]
        elif text.startswith("newsx: "):
            by_id.append(text[len("newsx: "):])

    def problem_of(record, line):
        if line in by_line:
            return by_line[line]
        for i, said in enumerate(by_id):
            if record.id is not None and said.startswith(f"{record.id}: "):
                return by_id.pop(i)[len(record.id) + 2:]
        return None

    reports = deque(outcome["stdout"].splitlines())
    failed, lost, line = 0, [], 0
    for record in batch:
        if record.line is None:
            complain(f"{record.where}: {record.problem}")
            failed += 1
            continue
        line += 1
        if record.warning:
            complain(f"{record.where}: {record.warning}")
        if reports and json.loads(reports[0]).get("source") == record.id:
            write(reports.popleft())
        elif (problem := problem_of(record, line)) is not None:
            complain(f"{record.name()}: {problem}")
            failed += 1
        else:
            lost.append(record)
    if lost:
        code = outcome["code"]
        how = "did not run" if code is None else f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        said = (outcome["stderr"].strip().splitlines() or ["nothing on stderr"])[-1]
        complain(f"partition from {batch[0].where}: newsx died ({how}; {said}); {len(lost)} of its records have no report:")
        for record in lost:
            complain(f"  {record.name()}")
    return failed, len(lost)


def newsx_command(given):
    if given:
        return shlex.split(given)
    if shutil.which("newsx"):
        return [shutil.which("newsx")]
    here = os.path.dirname(os.path.abspath(__file__))
    return [shutil.which("node") or "node", os.path.join(here, "..", "..", "bin", "newsx.js")]


def main():
    parser = argparse.ArgumentParser(description="Analyse articles with newsx on a Dask cluster; reports as NDJSON, in input order.")
    parser.add_argument("input", help="a folder of .txt/.md articles, or an NDJSON file of {id, text, dct?} records (- for stdin)")
    parser.add_argument("-o", "--output", help="write the reports here (default: stdout)")
    parser.add_argument("--partition-size", type=int, default=200, help="records per newsx process (default: 200)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes (default: one per core)")
    parser.add_argument("--newsx", help="the newsx command on the workers (default: newsx on the PATH, else this checkout's bin/newsx.js)")
    parser.add_argument("--summary", metavar="FILE", help="also summarise the reports into FILE with newsx summary")
    parser.add_argument("--summary-format", default="md", choices=["text", "json", "md", "html"], help="format of --summary (default: md)")
    args = parser.parse_args()
    if args.partition_size < 1 or args.workers < 1:
        parser.error("--partition-size and --workers must be at least 1")
    if args.input != "-" and not os.path.exists(args.input):
        parser.error(f"{args.input}: no such file or folder")
    command = newsx_command(args.newsx)
    records = folder_records(args.input) if os.path.isdir(args.input) else ndjson_records(args.input)

    # One single-threaded worker process per core: each task is one newsx process.
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(args.scheduler or cluster)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    summary = None
    if args.summary:
        summary_args = ["summary", "--reports", "-", "--format", args.summary_format, "-o", args.summary]
        summary = subprocess.Popen(command + summary_args, stdin=subprocess.PIPE, encoding="utf-8")

    def write(report):
        out.write(report + "\n")
        if summary:
            summary.stdin.write(report + "\n")

    def complain(message):
        print(f"run.py: {message}", file=sys.stderr)

    # A few partitions per worker thread in flight: the cluster stays busy, the driver's memory flat.
    ahead = 2 * max(1, sum(client.nthreads().values()))
    failed = lost = 0
    pending = deque()

    def finish_oldest():
        nonlocal failed, lost
        batch, future = pending.popleft()
        try:
            outcome = future.result() if future else {"code": 0, "stdout": "", "stderr": ""}
        except Exception as error:
            outcome = {"code": None, "stdout": "", "stderr": f"task failed: {error}\n"}
        f, l = collect(batch, outcome, write, complain)
        failed, lost = failed + f, lost + l

    for batch in partitions(records, args.partition_size):
        lines = [record.line for record in batch if record.line is not None]
        pending.append((batch, client.submit(analyze_partition, command, lines, pure=False) if lines else None))
        while len(pending) > ahead:
            finish_oldest()
    while pending:
        finish_oldest()

    if out is not sys.stdout:
        out.close()
    client.close()
    if cluster:
        cluster.close()
    if summary:
        summary.stdin.close()
        if summary.wait() != 0:
            complain("newsx summary failed")
            return 3 if lost else 1
    return 3 if lost else 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
