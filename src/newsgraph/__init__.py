"""newsgraph: evidence-backed knowledge graphs from English news articles.

import newsgraph
report = newsgraph.build(["articles/"], db="story.db")
with newsgraph.open("story.db") as graph:
    data = graph.export()
"""

from newsgraph.graph import Graph
from newsgraph.graph import open_graph as open
from newsgraph.pipeline.build import build
from newsgraph.pipeline.report import BuildReport

__version__ = "0.1.0"
__all__ = ["BuildReport", "Graph", "__version__", "build", "open"]
