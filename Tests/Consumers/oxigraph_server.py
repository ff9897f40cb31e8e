#!/usr/bin/env python3
"""Start an Oxigraph server on loopback, load a JSON-LD export over its HTTP store API,
run SPARQL SELECT queries over HTTP, print the answers as JSON, stop the server.

usage: oxigraph_server.py GRAPH.jsonld QUERY_FILE
QUERY_FILE holds queries separated by lines of '----'. Prints
{"loaded": HTTP status, "answers": [[row, ...], ...]} with rows as lists of values (IRIs and
literals by their lexical form), sorted. Waits at most 20 s for the server; the `oxigraph`
command comes from the PyPI package of that name.
"""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(path, query_file):
    binary = shutil.which("oxigraph")
    if binary is None:
        sys.exit("oxigraph_server.py: the oxigraph command is not installed (pip install oxigraph)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 20
        while True:
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except Exception:
                if time.time() > deadline or server.poll() is not None:
                    sys.exit("oxigraph_server.py: the server did not start: " + (server.stderr.read().decode() if server.poll() is not None else "timeout"))
                time.sleep(0.1)
        with open(path, "rb") as handle:
            request = urllib.request.Request(base + "/store?default", data=handle.read(), method="POST",
                                             headers={"Content-Type": "application/ld+json"})
            loaded = urllib.request.urlopen(request, timeout=30).status
        with open(query_file, encoding="utf-8") as handle:
            queries = [q.strip() for q in handle.read().split("\n----\n") if q.strip()]
        answers = []
        for query in queries:
            request = urllib.request.Request(base + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                             headers={"Accept": "application/sparql-results+json",
                                                      "Content-Type": "application/x-www-form-urlencoded"})
            result = json.load(urllib.request.urlopen(request, timeout=30))
            variables = result["head"]["vars"]
            rows = [[binding.get(v, {}).get("value") for v in variables] for binding in result["results"]["bindings"]]
            answers.append(sorted(rows, key=lambda r: [x or "" for x in r]))
        print(json.dumps({"loaded": loaded, "answers": answers}, ensure_ascii=False))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
