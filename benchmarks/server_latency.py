"""Language server latency: run on demand, never in the test suite.

    python benchmarks/server_latency.py [--changes 21] [--runs 5] [--words 300]

After a change to a document of about 300 words, how long until `missionlint server`
publishes its diagnostics (the debounce included), against a cold `missionlint check
--no-cache` of the same file (a fresh process: start-up and pipeline load included). Both
on this machine, in one run; each a median. The server is driven over stdio by a minimal
JSON-RPC client, as an editor would drive it; every change gives new text (no cache hit).
"""

from __future__ import annotations

import argparse
import json
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from run import document, median  # benchmarks/run.py: the generated mission texts, timing

CHANGED = "- Via wijkteams bereiken we jaarlijks {n} gezinnen in de wijk."


def text_of(words: int, n: int) -> str:
    """Generated mission, vision, values and strategy sections of about `words` words; the
    last line holds the number that each change changes."""
    rng = random.Random(7)
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words - len(CHANGED.split()):
        parts.append(document(rng))
    return "\n".join(parts) + CHANGED.format(n=n) + "\n"


class Client:
    """Just enough of an LSP client: framed JSON-RPC over the server's stdin and stdout."""

    def __init__(self, command: list[str], cwd: Path):
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while (line := stream.readline()).strip():
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if length is None:
                self.messages.put(None)
                return
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def wait(self, wanted, timeout: float = 120) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            message = self.messages.get(timeout=max(deadline - time.monotonic(), 0.01))
            if message is None:
                raise RuntimeError("the server closed its output")
            if wanted(message):
                return message


def diagnostics_of(uri: str, version: int):
    def wanted(message: dict) -> bool:
        params = message.get("params") or {}
        return (
            message.get("method") == "textDocument/publishDiagnostics"
            and params.get("uri") == uri
            and params.get("version") == version
        )

    return wanted


def server_latencies(folder: Path, path: Path, words: int, changes: int) -> list[float]:
    client = Client([sys.executable, "-m", "missionlint", "server"], folder)
    uri = path.as_uri()
    client.send(
        {"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}}}
    )
    client.wait(lambda m: m.get("id") == 1)
    client.send({"method": "initialized", "params": {}})
    item = {"uri": uri, "languageId": "markdown", "version": 1, "text": path.read_text(encoding="utf-8")}
    client.send({"method": "textDocument/didOpen", "params": {"textDocument": item}})
    client.wait(diagnostics_of(uri, 1))  # the pipeline is loaded
    times = []
    for version in range(2, changes + 2):
        text = text_of(words, 100 + version)
        start = time.perf_counter()
        client.send(
            {
                "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
            }
        )
        client.wait(diagnostics_of(uri, version))
        times.append(time.perf_counter() - start)
        time.sleep(0.2)  # a writer's pause, so that each change is linted on its own
    client.send({"id": 2, "method": "shutdown"})
    client.wait(lambda m: m.get("id") == 2)
    client.send({"method": "exit"})
    client.process.wait(timeout=30)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=21, help="changes timed in the server")
    parser.add_argument("--runs", type=int, default=5, help="cold `check` processes timed")
    parser.add_argument("--words", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "missie.md"
        path.write_text(text_of(args.words, 100), encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        cold = median([sys.executable, "-m", "missionlint", "check", "--no-cache", str(path)], args.runs)
        times = server_latencies(folder, path, args.words, args.changes)
    after = statistics.median(times)
    print(f"document: {words} words (Markdown, {path.name})")
    print(f"cold `missionlint check --no-cache`, median of {args.runs}: {cold:.2f} s")
    print(
        f"server, change -> diagnostics, median of {len(times)}: {after * 1000:.0f} ms "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
    )
    print(f"ratio: {after / cold:.3f} (bar: at most 0.1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
