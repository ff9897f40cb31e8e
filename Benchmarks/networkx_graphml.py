"""Times networkx's write_graphml on the graph NewsGraph exported as CSV.

    python3 networkx_graphml.py NODES.csv EDGES.csv OUT.graphml

Loads the node and edge tables (not timed) into a networkx MultiDiGraph with the same
attributes NewsGraph writes to GraphML, then times nx.write_graphml and prints
`networkx-seconds S`.
"""
import csv
import sys
import time

import networkx as nx

csv.field_size_limit(sys.maxsize)
nodes_path, edges_path, out_path = sys.argv[1:4]
graph = nx.MultiDiGraph()
with open(nodes_path, newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    next(rows)
    for node_id, name, label, mentions, aliases, documents, iso, geonames in rows:
        graph.add_node(node_id, label=name, type=label, mentions=int(mentions), aliases=aliases, documents=documents)
with open(edges_path, newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    next(rows)
    for start, end, relation, label, weight, dates, evidence, documents, confidence, cameo, plover, roles, directed in rows:
        graph.add_edge(start, end, relation=relation, label=label, weight=int(weight), dates=dates, evidence=evidence,
                       documents=documents, confidence=float(confidence), cameo=cameo, plover=plover)
print(f"networkx: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges loaded", file=sys.stderr)
started = time.perf_counter()
nx.write_graphml(graph, out_path)
print(f"networkx-seconds {time.perf_counter() - started:.3f}")
