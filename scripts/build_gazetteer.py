"""Rebuild ``src/rasd/data/gazetteer.json.gz`` (same as ``rasd gazetteer build``); prints the counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rasd.geo.build import build_gazetteer

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    sys.stdout.write(json.dumps(build_gazetteer(out), indent=1) + "\n")
