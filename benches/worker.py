"""One benchmark variant, in its own interpreter (run.py starts it).

    worker.py serve VARIANT_JSON
        Loads the module and answers requests, one JSON object per line on
        stdin, one JSON answer per line on the original stdout:
          {"cmd": "probe", "bench": B}         -> {"ok": true} or {"ok": false, "reason": ...}
          {"cmd": "time", "bench": B, "n": N}  -> {"ok": true, "seconds": CPU seconds of run(N)}
          {"cmd": "quit"}
    worker.py callgrind VARIANT_JSON B1:N1,B2:N2,...
        Meant to run under `valgrind --tool=callgrind --instr-atstart=no`:
        for each benchmark, dumps the counters of run(N) as "B:1" and of
        run(2N) as "B:2".

VARIANT_JSON: {"name", "mode": cpython|universal|debug|trace, "module", "path"},
plus "cgctl_dir" (where the cgctl helper is) for callgrind. Uses only the standard library, the module itself and the
hpy.universal of the interpreter it runs in (ours or upstream's).
"""

import gc
import importlib.machinery
import importlib.util
import json
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import suite  # noqa: E402


class Env:
    """What a benchmark's setup sees: the module and a way to load it again."""

    def __init__(self, variant):
        self.variant = variant
        self.types = None
        self.load = self._loader(variant)
        self.mod = self.load()

    @staticmethod
    def _loader(variant):
        name, path, mode = variant["module"], variant["path"], variant["mode"]
        if mode == "cpython":
            # What ExtensionFileLoader does, minus its Python-level
            # bookkeeping: the C-level twin of hpy.universal.load().
            import _imp
            spec = importlib.util.spec_from_file_location(name, path)

            def load():
                mod = _imp.create_dynamic(spec)
                _imp.exec_dynamic(mod)
                return mod
            return load
        import hpy.universal as universal
        mode_const = {"universal": universal.MODE_UNIVERSAL,
                      "debug": universal.MODE_DEBUG,
                      "trace": universal.MODE_TRACE}[mode]
        spec = importlib.machinery.ModuleSpec(name, None, origin=path)

        def load():
            return universal.load(name, path, spec, mode=mode_const)
        return load


def _reason(exc):
    text = "%s: %s" % (type(exc).__name__, exc)
    return " ".join(text.split())[:200]


class Server:
    def __init__(self, env):
        self.env = env
        self.runs = {}   # bench name -> run(n), set up once

    def run_fn(self, bench):
        if bench not in self.runs:
            self.runs[bench] = suite.BENCHMARKS[bench].setup(self.env)
        return self.runs[bench]

    def handle(self, request):
        cmd = request["cmd"]
        if cmd == "probe":
            try:
                self.run_fn(request["bench"])(2)
            except Exception as e:
                return {"ok": False, "reason": _reason(e)}
            return {"ok": True}
        if cmd == "time":
            run = self.run_fn(request["bench"])
            gc.collect()
            start = time.process_time()
            run(request["n"])
            return {"ok": True, "seconds": time.process_time() - start}
        return {"ok": False, "reason": "unknown command %r" % cmd}


def _protocol_stream():
    """Keep the real stdout for answers; anything the extension or the
    runtime prints goes to stderr instead of corrupting the protocol."""
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def serve(variant):
    out = _protocol_stream()
    try:
        server = Server(Env(variant))
    except Exception as e:
        traceback.print_exc()
        out.write(json.dumps({"ok": False, "reason": "load failed: " + _reason(e)}) + "\n")
        return 1
    out.write(json.dumps({"ok": True}) + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        if request["cmd"] == "quit":
            break
        try:
            answer = server.handle(request)
        except Exception as e:
            traceback.print_exc()
            answer = {"ok": False, "reason": _reason(e)}
        out.write(json.dumps(answer) + "\n")
    return 0


def callgrind(variant, plan):
    sys.path.insert(0, variant["cgctl_dir"])
    import cgctl
    if not cgctl.on_valgrind():
        print("worker.py callgrind: not running under valgrind", file=sys.stderr)
        return 2
    env = Env(variant)
    cgctl.start()
    for item in plan.split(","):
        bench, n = item.rsplit(":", 1)
        n = int(n)
        try:
            run = suite.BENCHMARKS[bench].setup(env)
            # Warm up with a whole run: caches and specializations, and
            # state that fills up over many calls (debug mode's closed-handle
            # queue, free lists, allocator pools) reach their steady state,
            # so that run(N) and run(2N) cost the same per op.
            run(n)
        except Exception as e:
            print("%s: %s" % (bench, _reason(e)), file=sys.stderr)
            continue
        gc.collect()
        cgctl.zero()
        run(n)
        cgctl.dump(bench + ":1")
        run(2 * n)
        cgctl.dump(bench + ":2")
    return 0


def main(argv):
    variant = json.loads(argv[2])
    if argv[1] == "serve":
        return serve(variant)
    if argv[1] == "callgrind":
        return callgrind(variant, argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
