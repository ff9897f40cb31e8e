#!/usr/bin/env python3
"""Read a GEXF export with networkx; print nodes and edges with their attributes as JSON.

usage: read_gexf.py GRAPH.gexf
networkx has no mixed graphs and refuses an undirected edge in a graph whose default is
directed; NewsGraph writes symmetric relations that way (Gephi reads mixed graphs). This
uses networkx's own GEXF reader and records each edge's type as edge data instead.
"""
import json
import sys

from networkx.readwrite.gexf import GEXFReader


class MixedGEXFReader(GEXFReader):
    def add_edge(self, G, edge_element, edge_attr):
        kind = edge_element.attrib.pop("type", None)
        before = set(G.edges(keys=True))
        super().add_edge(G, edge_element, edge_attr)
        for edge in set(G.edges(keys=True)) - before:
            G.edges[edge]["edge_type"] = kind


def main(path):
    reader = MixedGEXFReader(node_type=None, version="1.3")
    graph = reader(path)
    nodes = {n: {k: v for k, v in d.items() if not isinstance(v, (list, dict))} for n, d in graph.nodes(data=True)}
    edges = [{"source": s, "target": t, **{k: v for k, v in d.items() if not isinstance(v, (list, dict))},
              "spells": d.get("spells", [])} for s, t, d in graph.edges(data=True)]
    print(json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
