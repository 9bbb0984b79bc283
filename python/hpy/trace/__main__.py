"""``python -m hpy.trace report -- script.py``: see hpy.trace.report."""
import sys

USAGE = "usage: python -m hpy.trace report [--top N] [--sort time|calls|mean] [--] script.py [args...]"


def main(argv):
    if not argv or argv[0] != "report":
        print(USAGE, file=sys.stderr)
        return 2
    rest = argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    elif "--" in rest:
        i = rest.index("--")
        rest = rest[:i] + rest[i + 1:]
    from hpy.trace.report import main as report_main
    return report_main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
