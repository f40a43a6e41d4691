"""``python -m streams.bench.profiled OUT MODULE [ARGS...]``: run ``MODULE`` (as ``python -m`` would)
under cProfile, timing CPU time of the process rather than wall time, and write the stats to ``OUT``.

On a shared machine, a wall-clock profile charges the time the process waited for a core to whatever
call it was in (a socket send, the event loop's poll); CPU time shows where the worker's own work goes.
"""

from __future__ import annotations

import cProfile
import runpy
import sys
import time


def main() -> None:
    out, module, *args = sys.argv[1:]
    sys.argv = [module, *args]
    profile = cProfile.Profile(time.process_time)
    try:
        profile.runcall(runpy.run_module, module, run_name="__main__", alter_sys=True)
    except SystemExit:
        pass
    finally:
        profile.dump_stats(out)


if __name__ == "__main__":
    main()
