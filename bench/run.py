"""Every benchmark in one command: ``python bench/run.py [--quick] [--only NAME ...]``.

Each benchmark runs in its own process (a fresh interpreter, Qt and web engine)
and prints its figures with the ratio to the target or to a reference measured
in the same run; this script only runs them in turn and reports which met
their targets.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("core", "geodata", "map", "map_scale", "ui", "printing", "matching")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="smaller data where a benchmark has it")
    ap.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these")
    args = ap.parse_args()
    results: dict[str, int] = {}
    for name in args.only or BENCHMARKS:
        cmd = [sys.executable, str(HERE / f"{name}.py")]
        if args.quick and name == "map_scale":
            cmd += ["--sizes", "10000,100000", "--runs", "1"]
        elif args.quick and name != "core":
            cmd.append("--quick")
        if args.quick and name == "core":
            cmd += ["--parcels", "20000", "--plans", "500"]
        print(f"\n=== {name} ({' '.join(cmd[1:])})", flush=True)
        start = time.perf_counter()
        results[name] = subprocess.run(cmd, check=False).returncode
        print(
            f"=== {name}: exit {results[name]} in {time.perf_counter() - start:.0f} s", flush=True
        )
    print(
        "\nsummary: " + ", ".join(f"{k} {'ok' if v == 0 else 'MISSED'}" for k, v in results.items())
    )
    return 0 if all(v == 0 for v in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
